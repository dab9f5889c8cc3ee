import { gql } from './api';
import { loadChoices } from './scope-form';
import { byId, h, showError } from './dom';

/** GET /: what the graph holds, the latest statements, a search box, links to the views. */

interface Listing {
  statements: {
    edges: {
      node: {
        id: string;
        date: string;
        summary: string | null;
        speaker: { name: string } | null;
        onBehalfOf: { name: string }[];
      };
    }[];
  };
}

const LISTING = `{
  statements(first: 5) { edges { node { id date summary speaker { name } onBehalfOf { name } } } }
}`;

const SEARCH = `query Search($text: String!) { search(text: $text, first: 10) { edges { node { fragment matchedIn } } } }`;

export async function landingView(): Promise<void> {
  const summary = byId('summary');
  try {
    const [data, choices] = await Promise.all([gql<Listing>(LISTING), loadChoices()]);
    summary.replaceChildren(
      h('p', { id: 'counts' }, `${choices.actors.length} actors · ${choices.topics.length} topics`),
      h('h2', {}, 'Topics'),
      h(
        'ul',
        { class: 'inline' },
        ...choices.topics.map((node) =>
          h(
            'li',
            {},
            h('a', { href: `/explorer/timeline?topic=${encodeURIComponent(node.id)}` }, node.name),
          ),
        ),
      ),
      h('h2', {}, 'Actors'),
      h(
        'ul',
        { class: 'inline', id: 'actors' },
        ...choices.actors.map((node) => h('li', { 'data-id': node.id }, node.name)),
      ),
      h('h2', {}, 'Latest statements'),
      h(
        'ul',
        { id: 'latest' },
        ...data.statements.edges.map(({ node }) =>
          h(
            'li',
            {},
            `${node.date} · ${node.speaker?.name ?? node.onBehalfOf.map((a) => a.name).join(', ')}: ${node.summary ?? node.id}`,
          ),
        ),
      ),
    );
  } catch (error) {
    showError(summary, error);
  }
  const form = byId<HTMLFormElement>('search');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(byId<HTMLInputElement>('search-text').value);
  });
}

async function search(text: string): Promise<void> {
  const results = byId('results');
  if (text.trim() === '') return;
  try {
    const data = await gql<{
      search: { edges: { node: { fragment: string; matchedIn: string } }[] };
    }>(SEARCH, { text });
    const hits = data.search.edges;
    results.replaceChildren(
      hits.length === 0
        ? h('p', {}, 'Nothing found.')
        : h(
            'ol',
            {},
            ...hits.map(({ node }) =>
              h(
                'li',
                {},
                h('span', { class: 'tag' }, node.matchedIn.toLowerCase()),
                ' ',
                node.fragment,
              ),
            ),
          ),
    );
  } catch (error) {
    showError(results, error);
  }
}
