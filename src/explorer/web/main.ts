import { apiKey, setApiKey } from './api';
import { agreementView } from './agreement-view';
import { byId } from './dom';
import { historyView } from './history-view';
import { landingView } from './landing';
import { mapView } from './map-view';
import { reviewView } from './review-view';
import { statementView } from './statement-view';
import { timelineView } from './timeline-view';

/** One bundle for every page: the page's <body data-view> says which view to start. */

const VIEWS: Record<string, () => Promise<void>> = {
  landing: landingView,
  timeline: timelineView,
  agreement: agreementView,
  map: mapView,
  history: historyView,
  statement: statementView,
  review: reviewView,
};

function keyField(): void {
  const form = document.getElementById('key-form') as HTMLFormElement | null;
  if (form === null) return;
  const input = byId<HTMLInputElement>('api-key');
  input.value = apiKey() ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setApiKey(input.value);
    window.location.reload();
  });
}

keyField();
const start = VIEWS[document.body.dataset.view ?? ''];
if (start) void start();
