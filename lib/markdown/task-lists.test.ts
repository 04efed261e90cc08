import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeTaskLists } from './task-lists';

const render = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeTaskLists)
      .use(rehypeStringify)
      .processSync(markdown),
  ).replace(/\n/g, '');

test('each checkbox is labelled by the text of its item, nested lists left outside', () => {
  assert.equal(
    render('- [ ] Job\n  - [x] Step 1\n- [x] **Done** [link](/x)\n- plain'),
    '<ul class="contains-task-list"><li class="task-list-item"><label class="task-list-label"><input type="checkbox" disabled> Job</label><ul class="contains-task-list"><li class="task-list-item"><label class="task-list-label"><input type="checkbox" checked disabled> Step 1</label></li></ul></li><li class="task-list-item"><label class="task-list-label"><input type="checkbox" checked disabled> <strong>Done</strong> <a href="/x">link</a></label></li><li>plain</li></ul>',
  );
});

test('loose lists: the label is inside the paragraph', () => {
  assert.equal(
    render('- [ ] one\n\n- [x] two'),
    '<ul class="contains-task-list"><li class="task-list-item"><p><label class="task-list-label"><input type="checkbox" disabled> one</label></p></li><li class="task-list-item"><p><label class="task-list-label"><input type="checkbox" checked disabled> two</label></p></li></ul>',
  );
});
