/**
 * The large view of a body image, loaded by the zoom island on first use: the platform's modal
 * `<dialog>` (focus kept inside, Esc closes, focus returns to the image), a close button, the
 * caption, and a history entry so a phone's back gesture closes it instead of leaving the page.
 * Pinch zoom is the browser's own (nothing here blocks it); a click on the image shows it at its
 * size, scrolled inside the view. Why no library: docs/writing.md ("Images").
 */

const THEMES = ['light', 'dark'];

let open: HTMLDialogElement | null = null;

/** The image and, for Chirpy's light/dark pair (`.light` / `.dark` beside it), its other variant. */
function variants(image: HTMLImageElement): HTMLImageElement[] {
  const theme = THEMES.find((name) => image.classList.contains(name));
  if (!theme || !image.parentElement) return [image];
  const pair = Array.from(image.parentElement.querySelectorAll<HTMLImageElement>(':scope > img[data-zoom]'));
  return pair.filter((other) => other === image || THEMES.some((name) => other.classList.contains(name)));
}

/** Opens the viewer on `image`; a second call while one is open does nothing. */
export function openImageZoom(image: HTMLImageElement, labels: { close: string }): void {
  if (open) return;
  const dialog = document.createElement('dialog');
  dialog.className = 'image-zoom';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'image-zoom-close';
  close.setAttribute('aria-label', labels.close);
  close.title = labels.close;
  const figure = document.createElement('figure');
  figure.className = 'image-zoom-figure';
  for (const source of variants(image)) {
    const large = document.createElement('img');
    large.src = source.currentSrc || source.src;
    large.alt = source.alt;
    large.className = ['image-zoom-image', ...THEMES.filter((t) => source.classList.contains(t))].join(' ');
    // Fitted to the window, small images too (image-zoom.css): the stylesheet needs the shape.
    if (source.naturalWidth && source.naturalHeight)
      large.style.setProperty('--ratio', String(source.naturalWidth / source.naturalHeight));
    figure.append(large);
  }
  const caption = image.closest('figure')?.querySelector('figcaption')?.textContent?.trim();
  if (caption) {
    const text = document.createElement('figcaption');
    text.textContent = caption;
    figure.append(text);
  }
  dialog.setAttribute('aria-label', caption || image.alt || labels.close);
  dialog.append(close, figure);

  // Back (the phone gesture) closes the view; closing it otherwise takes our entry off the history.
  let poppedByBack = false;
  const onPopState = () => {
    poppedByBack = true;
    dialog.close();
  };
  dialog.addEventListener('click', (event) => {
    const target = event.target;
    if (target instanceof HTMLImageElement) dialog.toggleAttribute('data-full-size');
    else dialog.close();
  });
  dialog.addEventListener('close', () => {
    window.removeEventListener('popstate', onPopState);
    dialog.remove();
    open = null;
    if (!poppedByBack && (history.state as { imageZoom?: boolean } | null)?.imageZoom) history.back();
    image.focus({ preventScroll: true });
  });
  document.body.append(dialog);
  open = dialog;
  dialog.showModal();
  // Next's router keeps its own state in the entry it sees pushed (it wraps pushState), so going
  // back lands on this same page, unchanged.
  history.pushState({ imageZoom: true }, '');
  window.addEventListener('popstate', onPopState);
}
