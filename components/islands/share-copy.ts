/**
 * "Copy link" under a post (components/post-footer.tsx), loaded on the first click by the page's
 * loader (previews-and-graphs.tsx): copies the link's URL, says so on the link for two seconds and
 * to screen readers.
 */
import { writeClipboard } from './code-copy';

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** Copies the href of a `[data-share-copy]` link and shows that it did. */
export async function copyShareLink(link: HTMLAnchorElement): Promise<void> {
  await writeClipboard(link.href);
  const status = link.closest('nav')?.querySelector<HTMLElement>('[data-share-status]');
  const label = link.querySelector('span');
  const done = status?.dataset.copiedLabel ?? '';
  if (label && !label.dataset.label) label.dataset.label = label.textContent ?? '';
  link.dataset.copied = '';
  if (label && done) label.textContent = done;
  if (status) status.textContent = done;
  clearTimeout(timers.get(link));
  timers.set(
    link,
    setTimeout(() => {
      delete link.dataset.copied;
      if (label?.dataset.label) label.textContent = label.dataset.label;
      if (status) status.textContent = '';
    }, 2000),
  );
}
