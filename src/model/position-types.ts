import { POSITION_TYPES } from './vocabulary';
import type { PositionType } from './vocabulary';

/**
 * Position types are data (docs/model.md, "Position types"): :PositionType nodes with a label, a
 * description and an optional parent. The core types below ship with every graph by migration
 * 006 (generated from this list by scripts/generate-position-types.mjs); an ingestion file may
 * define more under `positionTypes`, e.g. MEDIATION_FORMAT under MEDIATION.
 */
export interface PositionTypeDefinition {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly parent: string | null;
}

/** An id is how position ids begin (`CEASEFIRE:ARM+AZE`): upper case, no colon or space. */
export const POSITION_TYPE_ID = /^[A-Z][A-Z0-9_]*$/;

const CORE: { readonly [T in PositionType]: Omit<PositionTypeDefinition, 'id' | 'parent'> } = {
  TERRITORIAL_INTEGRITY: {
    label: 'Territorial integrity',
    description: "A state's borders as recognised, and its sovereignty within them.",
  },
  WITHDRAWAL: {
    label: 'Withdrawal',
    description: 'Forces leaving a territory they hold or occupy.',
  },
  CEASEFIRE: {
    label: 'Ceasefire',
    description: 'A halt to the fighting, called for, agreed or kept.',
  },
  NEGOTIATED_SETTLEMENT: {
    label: 'Negotiated settlement',
    description: 'Ending a conflict by negotiation rather than by force.',
  },
  MEDIATION: {
    label: 'Mediation',
    description: 'A third party helping the parties to negotiate, and who that should be.',
  },
  PEACE_PLAN: {
    label: 'Peace plan',
    description: 'A named plan for peace, proposed by some actors, with a status over time.',
  },
  RED_LINE: {
    label: 'Red line',
    description: 'A condition an actor declares it will respond to if crossed.',
  },
  SANCTIONS: {
    label: 'Sanctions',
    description: 'Economic or political measures against an actor.',
  },
  SELF_DETERMINATION: {
    label: 'Self-determination',
    description: "A people's right to choose its own status.",
  },
  HUMANITARIAN_ACCESS: {
    label: 'Humanitarian access',
    description: 'Aid and aid workers reaching the people in need.',
  },
  OTHER: {
    label: 'Other',
    description: 'A position that none of the defined types describes.',
  },
};

/** The core types, in the order of src/model/vocabulary.ts. None has a parent. */
export const CORE_POSITION_TYPES: readonly PositionTypeDefinition[] = POSITION_TYPES.map((id) => ({
  id,
  ...CORE[id],
  parent: null,
}));
