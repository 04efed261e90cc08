/**
 * `node scripts/contentlayer.mjs build|dev`: what `contentlayer2 build` and `contentlayer2 dev` do,
 * through the same @contentlayer2/core calls as their commands (and as next-contentlayer2's plugin),
 * without the CLI's first line, `import '@contentlayer2/utils/effect/Tracing/Enable'`.
 *
 * That import turns on effect-ts's execution tracing for the whole process, a debugging aid: every
 * fiber then records its recent steps, and every fork copies them into the new fiber's ancestry.
 * Contentlayer forks per document and per field, so at 2,000 notes this bookkeeping was about a
 * fifth of the content step's CPU, on the thread that also hands notes to the record workers
 * (docs/performance.md). Only error reports lose the fiber traces, which we never print: a failing
 * note is reported by the content check (lib/check-content.ts) with its file, line and field.
 *
 * Plain JavaScript, run by node itself: the record workers load TypeScript through their own hook
 * (lib/ts-worker.ts), and this process needs none.
 */
import * as core from '@contentlayer2/core';
import { errorToString } from '@contentlayer2/utils';
import { E, pipe, S, T } from '@contentlayer2/utils/effect';

const mode = process.argv[2];
const runMain = core.runMain({ tracingServiceName: 'xiaoji', verbose: process.env.CL_DEBUG !== undefined });

if (mode === 'build') {
  await pipe(
    core.getConfig({}),
    T.chain((config) => core.generateDotpkg({ config, verbose: false })),
    T.tap(core.logGenerateInfo),
    runMain,
  );
} else if (mode === 'dev') {
  await pipe(
    core.getConfigWatch({}),
    S.tapSkipFirstRight(() =>
      T.log('Contentlayer config change detected. Updating type definitions and data...'),
    ),
    S.chainSwitchMapEitherRight((config) =>
      core.generateDotpkgStream({ config, verbose: false, isDev: true }),
    ),
    S.tap(E.fold((error) => T.log(errorToString(error)), core.logGenerateInfo)),
    S.runDrain,
    runMain,
  );
} else {
  console.error('usage: node scripts/contentlayer.mjs build|dev');
  process.exitCode = 2;
}
