import { expect, homeOrder, readFixtureNotes, test, visit } from './helpers';

const notes = readFixtureNotes();

test.describe('search over the fixture notes', () => {
  test('the index lists every published post, newest first, then the knowledge notes', async ({
    request,
  }) => {
    const index = await (await request.get('/search-index.json')).json();
    const newestFirst = homeOrder(notes.map((n) => ({ ...n, pin: false }))).map((n) => n.slug);
    const entries: { slug: string; url: string }[] = index.notes;
    const firstNote = entries.findIndex((n) => n.url.startsWith('/notes/'));
    expect(firstNote, 'the fixture vault is indexed').toBeGreaterThan(0);
    expect(entries.slice(0, firstNote).map((n) => n.slug)).toEqual(newestFirst);
    expect(entries.slice(firstNote).every((n) => n.url.startsWith('/notes/'))).toBe(true);
  });

  test('a heading match links to its section, also in a note without a table of contents', async ({
    page,
  }) => {
    const quiet = notes.find((n) => !n.toc && /^## 第二节/m.test(n.body));
    expect(quiet, 'the fixture needs a note without a TOC and with a 第二节 heading').toBeDefined();
    await visit(page, `/search/?q=${encodeURIComponent('第二节')}`);
    const option = page.getByRole('option').filter({ hasText: quiet?.title ?? '' });
    await expect(option).toContainText('第二节');
    await option.click();
    await expect(page).toHaveURL(new RegExp(`/posts/${quiet?.slug}/#`));
    await expect(page.locator('[id="第二节"]')).toBeInViewport();
  });

  test('title matches rank above body matches', async ({ page }) => {
    const titled = notes.filter((n) => n.title.includes('知识蒸馏'));
    expect(titled.length, 'the fixture needs a title that mentions 知识蒸馏').toBeGreaterThan(0);
    await visit(page, `/search/?q=${encodeURIComponent('知识蒸馏')}`);
    const options = page.getByRole('option');
    await expect(options.first()).toBeVisible();
    // The first span of an option is its title.
    const titles = await options.evaluateAll((els) =>
      els.map((el) => el.querySelector('span')?.textContent ?? ''),
    );
    expect(
      titles.slice(0, titled.length).every((t) => t.includes('知识蒸馏')),
      JSON.stringify(titles),
    ).toBe(true);
  });
});
