import { watchContent } from '../../lib/content-watch';

// `npm run dev` only: a server-sent event each time a note file changes, so the open page refreshes
// (components/islands/content-refresh.tsx). Production answers 404; its notes never change.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  if (process.env.NODE_ENV !== 'development') return new Response('Not Found', { status: 404 });
  const encoder = new TextEncoder();
  let stop: () => void = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(': watching\n\n'));
      const unsubscribe = watchContent(() => {
        try {
          controller.enqueue(encoder.encode('data: changed\n\n'));
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
