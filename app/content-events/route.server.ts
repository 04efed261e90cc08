import { readGeneratedContent } from '../../lib/content-data';

// `npm run dev` only: the stamp of Contentlayer's data (lib/content-data.ts) when the page connects
// and each time `contentlayer2 dev` rewrites it after a save, so the open page refreshes when what
// it shows is out of date (components/islands/content-refresh.tsx). Sending the stamp on connect
// covers a save made while the page was not listening (still loading, or reconnecting after the
// server or the laptop slept). Production answers 404; its notes never change.
export const dynamic = 'force-dynamic';

/** How often the index files are looked at: a stat of two files, so a change shows well within 2 s. */
const POLL_MS = 100;

export function GET(request: Request) {
  if (process.env.NODE_ENV !== 'development') return new Response('Not Found', { status: 404 });
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = (controller?: ReadableStreamDefaultController<Uint8Array>) => {
    clearInterval(timer);
    try {
      controller?.close();
    } catch {
      // already closed
    }
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let sent: string | null = null;
      const send = () => {
        // Read, not only stat'ed: the stamp sent is one of data complete enough to render.
        const { stamp } = readGeneratedContent(process.cwd());
        if (stamp === sent) return;
        sent = stamp;
        controller.enqueue(encoder.encode(`data: ${stamp}\n\n`));
      };
      send();
      timer = setInterval(() => {
        try {
          send();
        } catch {
          stop(controller);
        }
      }, POLL_MS);
      request.signal.addEventListener('abort', () => stop(controller));
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform' },
  });
}
