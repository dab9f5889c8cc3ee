/**
 * The explorer's HTML: a shell per view, which the bundle (dist/explorer/explorer.js) fills
 * from the GraphQL API. Nothing here comes from the data, so nothing needs escaping.
 */

export const EXPLORER_VIEWS = {
  timeline: { path: '/explorer/timeline', title: 'Stance timeline' },
  agreement: { path: '/explorer/agreement', title: 'Agreement' },
  map: { path: '/explorer/map', title: 'Stance map' },
  history: { path: '/explorer/history', title: 'Position history' },
  review: { path: '/explorer/review', title: 'Review a draft' },
  // Reached from evidence (a statement id in the path or ?id=), so not in the navigation.
  statement: { path: '/explorer/statement', title: 'Statement' },
} as const;

const IN_NAV = ['timeline', 'agreement', 'map', 'history', 'review'] as const;

export type ExplorerView = keyof typeof EXPLORER_VIEWS | 'landing';

/**
 * Same origin only: the bundle, its style sheet and POST /graphql. ECharts positions its
 * tooltip with inline styles, hence style-src 'unsafe-inline'; scripts are the bundle alone.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function nav(ide: boolean): string {
  const links = [
    ['/', 'Diplograph'],
    ...IN_NAV.map((view) => [EXPLORER_VIEWS[view].path, EXPLORER_VIEWS[view].title]),
    ...(ide ? [['/ide', 'GraphQL IDE']] : []),
  ];
  return links.map(([href, text]) => `<a href="${href}">${text}</a>`).join('');
}

const LANDING = `
<h1>Diplograph</h1>
<p>What states and their officials say, who agrees with whom, on what, since when — and the words behind every answer.</p>
<form id="search" role="search"><label for="search-text">Search quotes and summaries</label>
<input id="search-text" name="text" type="search"> <button type="submit">Search</button></form>
<div id="results" aria-live="polite"></div>
<h2>Views</h2>
<ul>
<li><a href="/explorer/timeline">Stance timeline</a>: actors × positions × months, with the evidence of each cell</li>
<li><a href="/explorer/agreement">Agreement</a>: how far each pair of actors agrees, period by period</li>
<li><a href="/explorer/map">Stance map</a>: actors placed by how much they agree, a frame per period</li>
<li><a href="/explorer/history">Position history</a>: one actor's stance on one position over time, with each shift</li>
<li><a href="/explorer/review">Review a draft</a>: an article drafted into statements, its evidence highlighted, to accept, correct or drop item by item and ingest</li>
</ul>
<div id="summary" aria-live="polite"><p>Loading…</p></div>`;

const VIEW = `
<h1>%TITLE%</h1>
<div id="controls"></div>
<div id="chart" aria-live="polite"></div>
<div id="table"></div>
<section id="evidence" aria-live="polite" hidden></section>`;

const STATEMENT = `
<h1>Statement</h1>
<div id="controls"></div>
<article id="statement" aria-live="polite"><p>Loading…</p></article>`;

const REVIEW = `
<h1>Review a draft</h1>
<p class="description">Drafts statements from an article against the graph (<code>draftStatements</code>), every item to be read: accept it, correct it or drop it, then ingest the accepted ones (<code>ingestStatements</code>, which needs an API key with the ingest role).</p>
<div id="controls"></div>
<div id="review" aria-live="polite"></div>`;

function bodyOf(view: ExplorerView, title: string): string {
  if (view === 'landing') return LANDING;
  if (view === 'statement') return STATEMENT;
  if (view === 'review') return REVIEW;
  return VIEW.replace('%TITLE%', title);
}

export function explorerPage(view: ExplorerView, ide: boolean): string {
  const title = view === 'landing' ? 'Diplograph' : EXPLORER_VIEWS[view].title;
  const body = bodyOf(view, title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Diplograph</title>
<link rel="stylesheet" href="/explorer/assets/explorer.css">
<script defer src="/explorer/assets/explorer.js"></script>
</head>
<body data-view="${view}">
<header><nav aria-label="Views">${nav(ide)}</nav>
<form id="key-form"><label for="api-key">API key (if the server asks for one)</label>
<input id="api-key" type="password" autocomplete="off"> <button type="submit">Use</button></form></header>
<main>${body}</main>
</body>
</html>
`;
}
