import { h } from './dom';

/**
 * Actors and topics picked by name: a text field with suggestions (a <datalist> of every name
 * the API lists), each pick shown as a removable chip. Ids go to the API; names are what a
 * reader types and sees. An id typed as is works too.
 */

export interface Choice {
  readonly id: string;
  readonly name: string;
}

export class Picker {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly chips: HTMLElement;
  private picked: Choice[] = [];

  constructor(
    private readonly field: string,
    label: string,
    private readonly choices: readonly Choice[],
    private readonly single = false,
  ) {
    const listId = `${field}-names`;
    this.input = h('input', { id: `${field}-input`, list: listId, autocomplete: 'off' });
    this.chips = h('span', { class: 'chips', 'aria-live': 'polite' });
    const list = h(
      'datalist',
      { id: listId },
      ...choices.map((c) => h('option', { value: c.name }, c.id)),
    );
    this.input.addEventListener('change', () => this.addTyped());
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        this.addTyped();
      }
    });
    this.element = h(
      'div',
      { class: 'picker' },
      h('label', { for: `${field}-input` }, label),
      this.chips,
      this.input,
      list,
    );
  }

  /** What the field holds: ids, in the order picked. */
  ids(): string[] {
    // A name typed but not yet confirmed counts too, so "Show" needs no extra Enter.
    this.addTyped();
    return this.picked.map((c) => c.id);
  }

  set(ids: readonly string[]): void {
    this.picked = ids.map((id) => this.choices.find((c) => c.id === id) ?? { id, name: id });
    this.draw();
  }

  private addTyped(): void {
    const typed = this.input.value.trim();
    if (typed === '') return;
    const wanted = typed.toLowerCase();
    const found = this.choices.find(
      (c) => c.name.toLowerCase() === wanted || c.id.toLowerCase() === wanted,
    ) ?? { id: typed, name: typed };
    this.picked = this.single ? [found] : [...this.picked.filter((c) => c.id !== found.id), found];
    this.input.value = '';
    this.draw();
  }

  private draw(): void {
    this.chips.replaceChildren(
      ...this.picked.map((choice) => {
        const remove = h('button', { type: 'button', 'aria-label': `Remove ${choice.name}` }, '×');
        remove.addEventListener('click', () => {
          this.picked = this.picked.filter((c) => c.id !== choice.id);
          this.draw();
          this.input.focus();
        });
        return h('span', { class: 'chip', 'data-id': choice.id }, choice.name, remove);
      }),
    );
    this.chips.dataset.field = this.field;
  }
}
