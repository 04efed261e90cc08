/**
 * "Copy link" under a post (components/post-footer.tsx), loaded on the first click by the page's
 * loader (previews-and-graphs.tsx): copies the link's URL, says so on the link for two seconds and
 * to screen readers.
 */
import { writeClipboard } from '../../lib/clipboard';

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** Copies the (absolute) URL of a `[data-share="copy"]` link and shows that it did on the link. */
export async function copyShareLink(link: HTMLAnchorElement): Promise<void> {
  await writeClipboard(link.href);
  const nav = link.closest('nav');
  const status = nav?.querySelector<HTMLElement>('[role="status"]');
  const done = nav?.dataset.copied ?? '';
  if (!link.dataset.label) link.dataset.label = link.textContent ?? '';
  if (done) link.textContent = done;
  if (status) status.textContent = done;
  clearTimeout(timers.get(link));
  timers.set(
    link,
    setTimeout(() => {
      link.textContent = link.dataset.label ?? '';
      if (status) status.textContent = '';
    }, 2000),
  );
}
