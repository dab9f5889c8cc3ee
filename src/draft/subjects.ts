import type { SubjectRule } from '../model/position-cues';
import { nameKey } from '../names/match';
import type { NamedNode } from '../names/match';
import type { Directory } from './directory';
import type { Span } from './sentences';
import type { SpeechSpan } from './speech';
import { stateMentions } from './states';

/** Generic last words of a topic's name that texts leave out ("Karabakh" for "… conflict"). */
const GENERIC =
  /\s+(?:conflict|war|crisis|dispute|talks|question|issue|process|programme|program)$/i;
/** … and first words ("Sudan" for "War in Sudan"). */
const GENERIC_BEFORE = /^(?:the )?(?:conflict|war|crisis|dispute) (?:in|over|on) (?:the )?/i;

function namesOf(node: NamedNode): string[] {
  const names = [node.name, ...node.aliases, node.id.replace(/^[a-z]+:/, '')];
  const bare = names.map((n) => n.replace(GENERIC, '').replace(GENERIC_BEFORE, ''));
  return [...names, ...bare].map(nameKey);
}

function countIn(hay: string, key: string): number {
  if (key.length < 3) return 0;
  let count = 0;
  for (let at = hay.indexOf(key); at >= 0; at = hay.indexOf(key, at + key.length)) count += 1;
  return count;
}

/** The topic the article is about: the known topic its text names most often. */
export function articleTopic(text: string, directory: Directory): string | undefined {
  const hay = nameKey(text);
  let best: { id: string; count: number } | undefined;
  for (const topic of directory.topics) {
    const count = Math.max(...namesOf(topic).map((key) => countIn(hay, key)));
    if (count > 0 && (!best || count > best.count)) best = { id: topic.id, count };
  }
  return best?.id;
}

function nearest<T extends Span>(found: T[], at: number): T | undefined {
  return [...found].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

function placesIn(span: SpeechSpan, directory: Directory): (Span & { id: string })[] {
  const hay = nameKey(span.text);
  const found: (Span & { id: string })[] = [];
  for (const place of directory.places) {
    for (const key of [place.name, ...place.aliases].map(nameKey)) {
      const at = hay.indexOf(key);
      if (at >= 0) {
        found.push({ id: place.id, start: span.start + at, end: span.start + at + key.length });
        break;
      }
    }
  }
  return found;
}

/** "territorial integrity of Azerbaijan": the state named just after the cue, if one is. */
function stateAfter<T extends Span>(found: T[], cueEnd: number): T | undefined {
  return found.find((m) => m.start >= cueEnd && m.start - cueEnd <= 40);
}

/** "sanctions on Russia": the state after on/against; else one not imposing them ("US sanctions"). */
function sanctionedState(
  span: SpeechSpan,
  states: (Span & { state: string })[],
  cueEnd: number,
): string | undefined {
  const own = span.speaker.onBehalfOf;
  const at = (offset: number) => span.text.slice(offset - span.start);
  const target = states.find(
    (m) =>
      m.start >= cueEnd &&
      /^\s*(?:on|against)\s+(?:the\s+)?$/i.test(at(cueEnd).slice(0, m.start - cueEnd)),
  );
  if (target) return target.state;
  const imposing = (m: Span) => /^\W*sanctions/i.test(at(m.end));
  return states.find((m) => !own.includes(m.state) && !imposing(m))?.state;
}

export interface SubjectContext {
  span: SpeechSpan;
  cueStart: number;
  cueEnd: number;
  topic: string | undefined;
  directory: Directory;
}

function bySubjectRule(rule: SubjectRule, context: SubjectContext): string[] | undefined {
  if (rule === 'speaker-state') {
    // States speaking together (a joint statement) are each a subject: "we stand ready to host".
    const own = context.span.speaker.onBehalfOf;
    return own.length ? [...own] : undefined;
  }
  const found = oneBySubjectRule(rule, context);
  return found === undefined ? undefined : [found];
}

function oneBySubjectRule(rule: SubjectRule, context: SubjectContext): string | undefined {
  const { span, cueStart } = context;
  const own = span.speaker.onBehalfOf;
  const states = () =>
    stateMentions(span.text).map((m) => ({
      ...m,
      start: m.start + span.start,
      end: m.end + span.start,
    }));
  switch (rule) {
    case 'speaker-state':
      return own[0];
    case 'topic':
      return context.topic;
    case 'state':
      return (stateAfter(states(), context.cueEnd) ?? nearest(states(), cueStart))?.state;
    case 'other-state':
      return nearest(
        states().filter((m) => !own.includes(m.state)),
        cueStart,
      )?.state;
    case 'sanctioned-state':
      return sanctionedState(span, states(), context.cueEnd) ?? own[0];
    case 'place':
      return nearest(placesIn(span, context.directory), cueStart)?.id;
  }
}

/**
 * The subjects of a drafted position, one per slot of its type's rules (position-cues.ts);
 * undefined when a slot finds nothing, so that no position is drafted about nothing.
 */
export function subjectsOf(
  slots: readonly (readonly SubjectRule[])[],
  context: SubjectContext,
): string[] | undefined {
  const subjects: string[] = [];
  for (const rules of slots) {
    const found = rules.map((rule) => bySubjectRule(rule, context)).find((s) => s !== undefined);
    if (found === undefined) return undefined;
    for (const subject of found) if (!subjects.includes(subject)) subjects.push(subject);
  }
  return subjects;
}
