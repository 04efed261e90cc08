/**
 * Browser only: the code blocks' copy buttons (components/islands/code-copy.tsx) and the share
 * links' "copy link" (components/islands/share-copy.ts). A module of its own, so the share link's
 * lazy chunk does not carry the code blocks' component.
 */

/** Writes text to the clipboard, with the selection fallback where the Clipboard API fails. */
export async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Older browsers and non-secure origins: the selection fallback.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}
