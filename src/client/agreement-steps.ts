// The pairings under "Force versus inspectorate", one at a time: a slider (arrow keys, a drag or
// a tap) picks the number of cases graded the same, its table shows, and a status line says what
// it means. Without this script every table is listed.
for (const steps of document.querySelectorAll<HTMLElement>('[data-steps]')) {
  const control = steps.querySelector<HTMLElement>('[data-steps-control]');
  const range = steps.querySelector<HTMLInputElement>('[data-steps-range]');
  const status = steps.querySelector<HTMLElement>('[data-steps-status]');
  const tables = Array.from(steps.querySelectorAll<HTMLElement>('[data-step]'));
  if (!control || !range || !status || tables.length === 0) continue;
  const show = (): void => {
    const i = Number(range.value);
    tables.forEach((t, k) => {
      t.hidden = k !== i;
    });
    const shown = tables[i];
    range.setAttribute('aria-valuetext', shown?.dataset['valueText'] ?? '');
    status.textContent = shown?.dataset['sentence'] ?? '';
  };
  range.addEventListener('input', show);
  control.hidden = false;
  show();
}
