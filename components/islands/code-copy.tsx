'use client';

import { useEffect, useState } from 'react';
import { writeClipboard } from '../../lib/clipboard';

/** The code of a block as the reader wants it pasted: no line numbers, no prompts; only the commands of a shell session. */
function codeText(code: Element): string {
  const lines = Array.from(code.querySelectorAll('[data-line]'));
  if (lines.length === 0) return code.textContent ?? '';
  const hasPrompts = lines.some((line) => line.querySelector('.code-prompt'));
  return lines
    .filter((line) => !hasPrompts || line.querySelector('.code-prompt'))
    .map((line) => {
      const copy = line.cloneNode(true) as Element;
      for (const prompt of Array.from(copy.querySelectorAll('.code-prompt'))) prompt.remove();
      return copy.textContent ?? '';
    })
    .join('\n');
}

/**
 * Wakes up the copy buttons the markdown pipeline put (hidden) in each code block header: one
 * delegated listener for the page; the button shows a check for two seconds and the change is
 * announced to screen readers.
 */
export function CodeCopy({ copiedLabel }: { copiedLabel: string }) {
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-code-copy]'))) {
      button.hidden = false;
    }
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest<HTMLButtonElement>('[data-code-copy]');
      const code = button?.closest('.code-block')?.querySelector('pre code');
      if (!button || !code) return;
      void writeClipboard(codeText(code)).then(() => {
        button.dataset.copied = '';
        setAnnouncement(copiedLabel);
        const timer = setTimeout(() => {
          delete button.dataset.copied;
          setAnnouncement('');
          timers.delete(timer);
        }, 2000);
        timers.add(timer);
      });
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      for (const timer of timers) clearTimeout(timer);
    };
  }, [copiedLabel]);
  return (
    <span role="status" className="sr-only">
      {announcement}
    </span>
  );
}
