/**
 * Every change to rendered Markdown happens in one walk over the tree (task
 * marks, tables, links, goal hashtags, headings). The expected HTML is what
 * the earlier one-pass-per-change rendering gave for the same document.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { SitePath } from '../../src/model/types.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { createInlineRenderer, createMarkdownRenderer } from '../../src/site/markdown/render-markdown.js';
import type { SiteLinks } from '../../src/site/markdown/site-links.js';

const links: SiteLinks = {
  byPath: new Map([
    ['goals/go.md', '/goals/go/' as SitePath],
    ['weeks/2026-W47.md', '/weeks/2026-W47/' as SitePath],
    ['about.md', '/about/' as SitePath],
    ['assets/pic one.png', '/assets/pic one.png' as SitePath],
  ]),
  goals: new Map([['go', '/goals/go/' as SitePath]]),
  hiddenGoals: new Set(['secret']),
};

const DOCUMENT = `# Title with #go

Intro #go, #secret, (#go) and [a link #go](../goals/go.md) and [hidden #go](../private/x.md).

## Tasks

- [x] done #go
- [ ] open \`#go\`
- plain item

1. [ ] numbered task

   with a paragraph

| Head #go | **Bold** head | |
|:--|--:|:-:|
| cell #go | [x](../about.md) | ![pic](../assets/pic%20one.png) |

### Deep

\`\`\`
#go in code
\`\`\`

> quote #go #secret

#### Deeper ~~strike #go~~
`;

const EXPECTED = `<h3>Title with <a href="/journal/goals/go/" class="goal-tag">#go</a></h3>
<p>Intro <a href="/journal/goals/go/" class="goal-tag">#go</a>, , (<a href="/journal/goals/go/" class="goal-tag">#go</a>) and <a href="/journal/goals/go/">a link #go</a> and <span>hidden <a href="/journal/goals/go/" class="goal-tag">#go</a></span>.</p>
<h4>Tasks</h4>
<ul class="contains-task-list">
<li class="task-list-item task-done"><span class="task-mark" aria-hidden="true">✓</span><span class="visually-hidden">Done: </span>done <a href="/journal/goals/go/" class="goal-tag">#go</a></li>
<li class="task-list-item task-open"><span class="task-mark" aria-hidden="true">○</span><span class="visually-hidden">Not done: </span>open <code>#go</code></li>
<li>plain item</li>
</ul>
<ol class="contains-task-list">
<li class="task-list-item task-open">
<p><span class="task-mark" aria-hidden="true">○</span><span class="visually-hidden">Not done: </span>numbered task</p>
<p>with a paragraph</p>
</li>
</ol>
<section class="table-scroll" tabindex="0" aria-label="Table: Head #go, Bold head"><table>
<thead>
<tr>
<th class="align-left">Head <a href="/journal/goals/go/" class="goal-tag">#go</a></th>
<th class="align-right"><strong>Bold</strong> head</th>
<th class="align-center"></th>
</tr>
</thead>
<tbody>
<tr>
<td class="align-left">cell <a href="/journal/goals/go/" class="goal-tag">#go</a></td>
<td class="align-right"><a href="/journal/about/">x</a></td>
<td class="align-center"><img src="/journal/assets/pic%20one.png" alt="pic"></td>
</tr>
</tbody>
</table></section>
<h5>Deep</h5>
<pre><code>#go in code
</code></pre>
<blockquote>
<p>quote <a href="/journal/goals/go/" class="goal-tag">#go</a> </p>
</blockquote>
<h6>Deeper <del>strike <a href="/journal/goals/go/" class="goal-tag">#go</a></del></h6>`;

describe('the changes to rendered Markdown, in one walk', () => {
  it('gives what one pass per change gave, on a document using all of them', () => {
    const tree = parseMarkdown(new VFile({ value: DOCUMENT }));
    const html = createMarkdownRenderer({ allowHtml: false, links })(tree, { from: 'weeks/2026-W47.md', base: '/journal/', top: 3 });
    expect(html).toBe(EXPECTED);
  });

  it('links goal references in inline text the same way', () => {
    expect(createInlineRenderer(links)('Read #go not #secret')).toBe(`Read <a href="/goals/go/" class="goal-tag">#go</a> not`);
  });

  it('leaves a link that a goal reference is already inside alone', () => {
    const tree = parseMarkdown(new VFile({ value: '[see **#go** here](https://example.org)' }));
    const html = createMarkdownRenderer({ allowHtml: false, links })(tree, { from: 'about.md' });
    expect(html).toBe('<p><a href="https://example.org">see <strong>#go</strong> here</a></p>');
  });
});
