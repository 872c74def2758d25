/**
 * Moves the focus to an element React is about to draw. After an `await`, React renders state
 * changes a little later, sometimes after the next animation frame, so the element may not be on the
 * page yet (or the one found may be the old, removed one): this tries on each frame, for about half a
 * second, until the element is on the page.
 */
export function focusWhenDrawn(find: () => HTMLElement | null | undefined, frames = 30): void {
  const element = find();
  if (element?.isConnected) {
    element.focus();
    return;
  }
  if (frames > 0) requestAnimationFrame(() => focusWhenDrawn(find, frames - 1));
}
