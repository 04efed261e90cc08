/**
 * `npm run build`: the content check, `contentlayer2 build`, then `next build`. The check and
 * Contentlayer start together: Contentlayer's start (bundling its config, starting its workers)
 * keeps one core busy, and the check fits beside it. The check still decides: when it fails,
 * Contentlayer is stopped and only the check's report is printed (naming each file, field and what
 * was expected), and `next build` never runs, so a deploy keeps the last good site. Contentlayer's
 * own output is held back until the check has passed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

// Resolved like any import, so a copy of the site inside another checkout finds the parent's packages.
const bin = (pkg: string, file: string) =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const tsx = bin('tsx', 'dist/cli.mjs');
const contentlayer = bin('contentlayer2', 'bin/cli.cjs');
const next = bin('next', 'dist/bin/next');
const script = path.join(__dirname, 'check-content.ts');

interface Step {
  child: ChildProcess;
  exit: Promise<number>;
  /** Prints what was held and passes the rest through. */
  release(): void;
}

/** Runs node with `args`; output is either passed through or kept for later. */
function run(args: string[], { hold = false } = {}): Step {
  const child = spawn(process.execPath, args, {
    // Contentlayer takes its working folder from $PWD, which a caller other than npm may not set.
    env: { ...process.env, PWD: process.cwd() },
    stdio: ['ignore', hold ? 'pipe' : 'inherit', hold ? 'pipe' : 'inherit'],
  });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let released = false;
  if (hold) {
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      stream?.on('data', (chunk: Buffer) => (released ? out.write(chunk) : held.push([out, chunk])));
    }
  }
  const exit = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`build: ${args.join(' ')}: ${error.message}`);
      resolve(1);
    });
    // 'close', not 'exit': after the last of its held output has been read.
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  return {
    child,
    exit,
    release() {
      released = true;
      for (const [out, chunk] of held.splice(0)) out.write(chunk);
    },
  };
}

const children = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(1);
  });
}

/** The step that failed, named on the last line (scripts/site-build.ts reads it), and its code. */
function stop(step: 'check' | 'contentlayer' | 'next', code: number): number {
  console.error(`build: ${step} failed (exit ${code})`);
  return code;
}

async function main(): Promise<number> {
  const check = run([tsx, script]);
  const content = run([contentlayer, 'build'], { hold: true });
  children.add(check.child).add(content.child);
  const checked = await check.exit;
  if (checked !== 0) {
    content.child.kill('SIGTERM');
    await content.exit;
    return stop('check', checked);
  }
  content.release();
  const built = await content.exit;
  if (built !== 0) return stop('contentlayer', built);
  const nextBuild = run([next, 'build', ...process.argv.slice(2)]);
  children.add(nextBuild.child);
  const done = await nextBuild.exit;
  return done === 0 ? 0 : stop('next', done);
}

main().then((code) => {
  process.exitCode = code;
});
