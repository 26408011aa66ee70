// After a dialog, a palette or a tag goes, the focus fell to the page itself and the next Tab started
// again from the header. Where nothing holds the focus any more, it goes where the work continues.

/** On the next frame, focuses `target` if the focus is nowhere (on the page's body). */
export function focusIfLost(target: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (!active || active === document.body) target()?.focus();
  });
}

/** The case list: its picked case is read out from there, and the arrows move on from it. */
export const caseList = (): HTMLElement | null => document.querySelector<HTMLElement>('[data-testid="case-list"]');

/** A form's fields, or null when one is missing or wrong: the focus then goes to the first such field. */
export async function fieldsOrFocusError<T>(form: { validateFields: () => Promise<T>; focusField: (name: (string | number)[]) => void }): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch (err) {
    const first = (err as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
    if (first) form.focusField(first.name);
    return null;
  }
}
