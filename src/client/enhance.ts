// Progressive enhancement for chart cards. Everything is readable without it: the page shows
// both chart and table, and the switches stay hidden. With it: chart or table per card, counts or
// counts with percentages, a focused practice area, keyboard tooltips on chart segments, and the
// chosen view kept in the address so a link reopens it.
import {
  parseViewState,
  serialiseViewState,
  type Units,
  type View,
  type ViewState,
} from './url-state.ts';

const cards = Array.from(document.querySelectorAll<HTMLElement>('[data-card]'));
const cardIds = cards.map((c) => c.dataset['card'] ?? '');
const areaInputs = Array.from(
  document.querySelectorAll<HTMLInputElement>('input[type="radio"][data-focus-area]'),
);
const areaIds = areaInputs.map((i) => i.value).filter((v) => v !== '');

let state: ViewState = parseViewState(location.search, cardIds, areaIds);

function save(): void {
  const query = serialiseViewState(state, cardIds, location.search);
  history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
}

function applyViews(): void {
  for (const card of cards) {
    const view: View = state.views[card.dataset['card'] ?? ''] ?? 'chart';
    for (const part of card.querySelectorAll<HTMLElement>('[data-view-part]')) {
      part.hidden = part.dataset['viewPart'] !== view;
    }
    for (const b of card.querySelectorAll<HTMLButtonElement>('[data-set-view]')) {
      b.setAttribute('aria-pressed', String(b.dataset['setView'] === view));
    }
  }
}

function applyUnits(): void {
  const percent = state.units === 'percent';
  for (const el of document.querySelectorAll<HTMLElement>('[data-percent]')) {
    const text = percent ? el.dataset['percent'] : el.dataset['count'];
    if (text !== undefined && el.textContent !== text) el.textContent = text;
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-set-units]')) {
    b.setAttribute('aria-pressed', String(b.dataset['setUnits'] === state.units));
  }
}

function applyFocus(): void {
  const area = state.area;
  for (const scope of document.querySelectorAll<HTMLElement>('[data-focus-scope]')) {
    scope.classList.toggle('has-focus', area !== null);
    for (const el of scope.querySelectorAll<Element>('[data-area]')) {
      el.classList.toggle('is-focused', area !== null && el.getAttribute('data-area') === area);
    }
  }
  for (const input of areaInputs) input.checked = input.value === (area ?? '');
}

function apply(): void {
  applyViews();
  applyUnits();
  applyFocus();
}

// Switches: buttons for chart/table and units, radios for the focused area.
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const viewButton = target?.closest<HTMLButtonElement>('[data-set-view]');
  const unitsButton = target?.closest<HTMLButtonElement>('[data-set-units]');
  if (viewButton) {
    const card = viewButton.closest<HTMLElement>('[data-card]')?.dataset['card'];
    const view = viewButton.dataset['setView'];
    if (card && (view === 'chart' || view === 'table')) {
      state = { ...state, views: { ...state.views, [card]: view } };
      applyViews();
      save();
    }
  } else if (unitsButton) {
    const units = unitsButton.dataset['setUnits'];
    if (units === 'count' || units === 'percent') {
      state = { ...state, units: units satisfies Units };
      applyUnits();
      save();
    }
  }
});

for (const input of areaInputs) {
  input.addEventListener('change', () => {
    if (!input.checked) return;
    state = { ...state, area: input.value === '' ? null : input.value };
    applyFocus();
    save();
  });
}

// Tooltips on chart segments, by mouse and by keyboard. Each segment the chart marks with
// data-tip (or, failing that, gives a <title>) becomes focusable and names itself; the tooltip
// repeats that name visually.
function setUpTooltips(): void {
  for (const svg of document.querySelectorAll<SVGElement>('.chart-view svg')) {
    for (const title of svg.querySelectorAll<SVGTitleElement>(':not(svg) > title')) {
      const segment = title.parentElement;
      if (segment && !segment.hasAttribute('data-tip')) {
        segment.setAttribute('data-tip', (title.textContent ?? '').trim());
        title.remove(); // the tooltip replaces the browser's own, which keyboards cannot open
      }
    }
  }
  for (const chart of document.querySelectorAll<HTMLElement>('.chart-view')) {
    const segments = Array.from(chart.querySelectorAll<SVGElement>('[data-tip]'));
    if (segments.length === 0) continue;
    const tip = document.createElement('div');
    tip.className = 'chart-tooltip';
    tip.hidden = true;
    tip.setAttribute('aria-hidden', 'true');
    chart.append(tip);
    const show = (segment: SVGElement): void => {
      tip.textContent = segment.dataset['tip'] ?? '';
      tip.hidden = false;
      const box = segment.getBoundingClientRect();
      const frame = chart.getBoundingClientRect();
      const left = Math.max(0, Math.min(box.left - frame.left, frame.width - tip.offsetWidth));
      tip.style.left = `${left}px`;
      tip.style.top = `${Math.max(0, box.top - frame.top - tip.offsetHeight - 6)}px`;
    };
    const hide = (): void => {
      tip.hidden = true;
    };
    for (const segment of segments) {
      segment.setAttribute('tabindex', '0');
      segment.setAttribute('role', 'img');
      segment.setAttribute('aria-label', segment.dataset['tip'] ?? '');
      segment.addEventListener('focus', () => show(segment));
      segment.addEventListener('blur', hide);
      // Pointer events cover mouse, pen and touch alike. A tap shows the tip and leaves it up
      // (a finger lifting is not the reader moving away); the next tap elsewhere hides it.
      segment.addEventListener('pointerenter', () => show(segment));
      segment.addEventListener('pointerdown', () => show(segment));
      segment.addEventListener('pointerleave', (event) => {
        if (event.pointerType !== 'touch') hide();
      });
    }
    chart.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') hide();
    });
    document.addEventListener('pointerdown', (event) => {
      const on = event.target instanceof Element ? event.target.closest('[data-tip]') : null;
      if (on === null || !chart.contains(on)) hide();
    });
  }
}

// In a chart of practice areas, each bar's key is its area: its segments and labels take part
// in the focus like the table's rows.
for (const el of document.querySelectorAll<SVGElement>('[data-focus-scope] svg [data-key]')) {
  if (!el.hasAttribute('data-area'))
    el.setAttribute('data-area', el.getAttribute('data-key') ?? '');
}

for (const controls of document.querySelectorAll<HTMLElement>('[data-controls]')) {
  controls.hidden = false;
}
setUpTooltips();
apply();
