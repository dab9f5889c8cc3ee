import { AGREEMENT, REQUEST_ENUMS } from '../../comparison/request';
import type { RequestEnum } from '../../comparison/request';
import { h } from './dom';

/**
 * The agreement options a page offers (measure, missing stances, stance basis, minimum
 * overlap), read off the comparison request's one definition (src/comparison/request.ts): its
 * values, defaults and docs are the API's and the CLI's, so a measure added there appears here.
 * Each is a form control named as the GraphQL argument and the URL parameter.
 */

const CHOICES = {
  measure: 'Measure',
  missing: 'Missing stance',
  basis: 'Stances',
} as const satisfies Partial<Record<keyof typeof AGREEMENT.fields, string>>;
type Choice = keyof typeof CHOICES;
const NAMES = Object.keys(CHOICES) as Choice[];

/** The values the definition allows for a choice, in its order. */
export function choiceValues(name: Choice): readonly string[] {
  const enumName: RequestEnum = AGREEMENT.fields[name].type.enum;
  return REQUEST_ENUMS[enumName];
}

/** `S_SCORE_SQUARED` → `s score squared`. */
const spoken = (value: string) => value.toLowerCase().replace(/_/g, ' ');

export type AgreementOptionValues = Record<Choice, string> & { minOverlap: number };

export class AgreementOptions {
  private readonly selects = Object.fromEntries(
    NAMES.map((name) => [
      name,
      h(
        'select',
        { id: name, name, title: AGREEMENT.fields[name].doc },
        ...choiceValues(name).map((value) => h('option', { value }, spoken(value))),
      ),
    ]),
  ) as Record<Choice, HTMLSelectElement>;
  private readonly minOverlap = h('input', {
    id: 'min-overlap',
    name: 'minOverlap',
    type: 'number',
    min: '1',
    title: AGREEMENT.fields.minOverlap.doc,
  });

  /** Label and control of each option, for the scope form. */
  elements(): HTMLElement[] {
    return [
      ...NAMES.flatMap((name) => [h('label', { for: name }, CHOICES[name]), this.selects[name]]),
      h('label', { for: 'min-overlap' }, 'Min. positions in common'),
      this.minOverlap,
    ];
  }

  /**
   * From the URL, each option absent there at the definition's default. Returns what is wrong
   * with the URL's options (a value the definition does not have), or null.
   */
  write(state: URLSearchParams): string | null {
    const problems: string[] = [];
    for (const name of NAMES) {
      const given = state.get(name);
      const known = given !== null && choiceValues(name).includes(given);
      if (given !== null && !known) {
        problems.push(`${name}: ${given} is not one of ${choiceValues(name).join(', ')}`);
      }
      this.selects[name].value = known ? given : AGREEMENT.fields[name].default;
    }
    const overlap = state.get('minOverlap');
    if (overlap !== null && !/^[1-9]\d*$/.test(overlap)) {
      problems.push(`minOverlap: ${overlap} is not a whole number of 1 or more`);
    }
    this.minOverlap.value = overlap ?? String(AGREEMENT.fields.minOverlap.default);
    return problems.length === 0 ? null : `In the URL, ${problems.join('; ')}.`;
  }

  /** For the URL. */
  state(): Record<string, string> {
    const values = this.read();
    return { ...values, minOverlap: String(values.minOverlap) };
  }

  /** For the GraphQL variables of `agreement`. */
  read(): AgreementOptionValues {
    const overlap = Number(this.minOverlap.value);
    return {
      measure: this.selects.measure.value,
      missing: this.selects.missing.value,
      basis: this.selects.basis.value,
      minOverlap: Number.isInteger(overlap) && overlap >= 1 ? overlap : 1,
    };
  }
}
