/** kramdown's extension syntax (`{::comment}`, `{::nomarkdown}`, `{::options /}`) as a line-preserving text pass. */
import { editOutsideCode } from './outside-code';

// `{::name attrs /}` (empty) or `{::name attrs}` … `{:/name}` / `{:/}`.
const EXTENSION = /\{::(\w+)([^{}\n]*?)(\/)?\}(?:([\s\S]*?)\{:\/\1?\})?/g;

/** Comments and options go (their line breaks stay); `nomarkdown` keeps its content; unknown ones go. */
export function applyKramdownExtensions(text: string): string {
  if (!text.includes('{::')) return text;
  return editOutsideCode(text, (masked) =>
    masked.replace(EXTENSION, (match, name: string, _attrs: string, empty?: string, content?: string) => {
      if (name === 'nomarkdown' && !empty && content !== undefined) return content;
      return match.replace(/[^\n]/g, '');
    }),
  );
}
