/** `stories`, `story <id>` and `search <query>`: read what the store holds. */
import type { Command } from 'commander';
import { CrosscheckError } from '../../model/error.js';
import type { Store } from '../../store/types.js';
import { storyMarkdown, storyText } from '../render/story.js';
import { defaultDbPath, openStore, out } from '../options.js';

export function register(program: Command) {
  program.command('stories').description('list stories, most recent first')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many', '50')
    .option('--offset <n>', 'skip this many', '0')
    .option('--outlet <name>', 'only stories an outlet covered')
    .option('--entity <id>', 'only stories mentioning a canonical entity id (e.g. PER:vladimir-putin)')
    .option('--sort <order>', 'recent | size', 'recent')
    .action(async (o) => {
      const store = openStore(o.db);
      const res = await store.stories({ limit: +o.limit, offset: +o.offset, outlet: o.outlet, entity: o.entity, sort: o.sort });
      await store.close();
      if (o.json) return out(JSON.stringify(res, null, 2));
      out(`${res.total} stories${res.total > res.items.length ? ` (showing ${res.items.length})` : ''}`);
      for (const s of res.items) {
        out(`${s.id}  ${(s.first ?? 'undated').padEnd(10)} ${String(s.articles).padStart(3)} reports  ${s.title}${s.previous ? `  ← continues ${s.previous}` : ''}`);
        if (s.outlets.length) out(`${' '.repeat(s.id.length + 2)}${s.outlets.join(', ')}`);
      }
    });

  program.command('story').description('one story: reports, summary, timeline, actors, quotes and claims')
    .argument('<id>', 'story id (a unique prefix is enough)')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--json', 'print JSON')
    .option('--md', 'print Markdown')
    .action(async (id: string, o) => {
      const store = openStore(o.db);
      const story = await findStory(store, id);
      await store.close();
      out(o.json ? JSON.stringify(story, null, 2) : o.md ? storyMarkdown(story) : storyText(story));
    });

  program.command('search').description('full-text search over stored reports')
    .argument('<query...>', 'words to find (all must occur; stemmed)')
    .option('--db <path>', 'database file', defaultDbPath())
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many hits', '20')
    .option('--offset <n>', 'skip this many of the best hits', '0')
    .action(async (words: string[], o) => {
      const store = openStore(o.db);
      const hits = await store.search(words.join(' '), +o.limit, +o.offset);
      await store.close();
      if (o.json) return out(JSON.stringify(hits, null, 2));
      if (!hits.length) return out('no matches');
      for (const h of hits) out(`${h.published ?? 'undated'}  ${h.outlet ?? '?'}  ${h.title ?? '(no title)'}  [story ${h.storyId}]\n    ${h.snippet.replace(/\[\[|\]\]/g, '*')}`);
    });
}

/** Candidates named when a prefix is ambiguous. */
const PREFIX = { shown: 10 };

/** A story by id (redirects followed) or by a unique id prefix (an indexed range lookup in the store). */
export async function findStory(store: Store, id: string) {
  const exact = await store.story(id);
  if (exact) return exact;
  const ids = await store.storyIds(id, PREFIX.shown + 1);
  if (ids.length === 1) return (await store.story(ids[0]))!;
  if (!ids.length) throw new CrosscheckError('NOT_FOUND', 'cli', `no story "${id}"`, { source: id });
  const more = ids.length > PREFIX.shown ? `, and more` : '';
  throw new CrosscheckError('USAGE', 'cli', `story id prefix "${id}" is ambiguous; it starts ${ids.slice(0, PREFIX.shown).join(', ')}${more} — give more characters`, { source: id });
}
