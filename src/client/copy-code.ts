// A "Copy the code" button beside each embed code: shown only where the browser can copy, and
// saying in a live region whether it did (the code stays selectable by hand either way).
export function enhanceCopyButtons(root: ParentNode = document): void {
  if (!('clipboard' in navigator)) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const box = button.parentElement;
    const source = box?.querySelector('[data-copy-source]');
    const status = box?.querySelector('[role="status"]');
    if (!source || !status) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(source.textContent).then(
        () => {
          status.textContent = 'Copied.';
        },
        () => {
          status.textContent = 'Could not copy: select the code and copy it instead.';
        },
      );
    });
  }
}
