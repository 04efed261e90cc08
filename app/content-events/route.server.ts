import { readDevContent } from '../../lib/content-dev';
import { watchContent } from '../../lib/content-watch';

// `npm run dev` only: the stamp of the note files (lib/content-dev.ts) when the page connects and
// each time a note file changes, so the open page refreshes when what it shows is out of date
// (components/islands/content-refresh.tsx). Sending the stamp on connect covers a save made while
// the page was not listening (still loading, or reconnecting after the server or the laptop slept).
// Production answers 404; its notes never change.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  if (process.env.NODE_ENV !== 'development') return new Response('Not Found', { status: 404 });
  const encoder = new TextEncoder();
  let stop: () => void = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = () => controller.enqueue(encoder.encode(`data: ${readDevContent().stamp}\n\n`));
      send();
      const unsubscribe = watchContent(() => {
        try {
          send();
        } catch {
          stop();
        }
      });
      stop = () => {
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      request.signal.addEventListener('abort', () => stop());
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform' },
  });
}
