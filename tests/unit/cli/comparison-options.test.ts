import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import {
  commaList,
  oneOf,
  parseBasis,
  parseInterval,
  parseMeasure,
  parseMissing,
  parseModalities,
  wholeNumber,
} from '../../../src/cli/comparison-options';
import { buildProgram } from '../../../src/cli/program';

describe('comparison option values', () => {
  it('maps command-line spellings to the service’s, whatever the case', () => {
    expect(['month', 'Quarter', 'YEAR', 'none'].map((v) => parseInterval(v))).toEqual([
      'MONTH',
      'QUARTER',
      'YEAR',
      'NONE',
    ]);
    expect(
      [
        'agreement-index',
        's-score',
        'Scott-Pi',
        'cohen_kappa',
        's-score-squared',
        'weighted-kappa',
      ].map((v) => parseMeasure(v)),
    ).toEqual([
      'AGREEMENT_INDEX',
      'S_SCORE',
      'SCOTT_PI',
      'COHEN_KAPPA',
      'S_SCORE_SQUARED',
      'WEIGHTED_KAPPA',
    ]);
    expect([parseMissing('exclude'), parseMissing('Neutral')]).toEqual(['EXCLUDE', 'NEUTRAL']);
    expect([parseBasis('in-force'), parseBasis('expressed')]).toEqual(['IN_FORCE', 'EXPRESSED']);
    expect(oneOf(['table', 'json', 'csv'] as const)('JSON')).toBe('json');
  });

  it('refuses an unknown value, listing what is allowed', () => {
    expect(() => parseInterval('fortnight')).toThrow(InvalidArgumentError);
    expect(() => parseMeasure('kappa')).toThrow(
      'expected one of agreement-index, s-score, s-score-squared, scott-pi, cohen-kappa, weighted-kappa',
    );
  });

  it('reads comma lists, adding up when the option is repeated', () => {
    expect(commaList('IRN, TUR,,ARM')).toEqual(['IRN', 'TUR', 'ARM']);
    expect(commaList('FRA', ['IRN'])).toEqual(['IRN', 'FRA']);
    expect(parseModalities('asserted,conditional')).toEqual(['ASSERTED', 'CONDITIONAL']);
    expect(() => parseModalities('asserted,maybe')).toThrow(InvalidArgumentError);
    expect(() => parseModalities(',')).toThrow(InvalidArgumentError);
  });

  it('reads a whole number ≥ 0', () => {
    expect(wholeNumber('0')).toBe(0);
    expect(wholeNumber('3')).toBe(3);
    for (const bad of ['', '-1', '1.5', 'two'])
      expect(() => wholeNumber(bad)).toThrow(InvalidArgumentError);
  });
});

describe('comparison commands: usage errors before any database', () => {
  function parse(args: string[]): Promise<Command> {
    const program = buildProgram({ writeErr: () => {}, writeOut: () => {} });
    return program.parseAsync(['node', 'diplograph', ...args]);
  }
  const scope = ['--actors', 'IRN,TUR', '--topic', 't', '--from', '2020-09', '--to', '2020-12'];

  it('lists the four commands', () => {
    const names = buildProgram().commands.map((c) => c.name());
    expect(names).toEqual(
      expect.arrayContaining(['compare', 'agreement', 'history', 'divergences']),
    );
  });

  it('refuses an unknown interval, measure, basis or format', async () => {
    for (const args of [
      ['compare', ...scope, '--interval', 'fortnight'],
      ['compare', ...scope, '--format', 'xml'],
      ['agreement', ...scope, '--measure', 'kappa'],
      ['agreement', ...scope, '--basis', 'sometimes'],
      ['agreement', ...scope, '--min-overlap', '-1'],
      ['history', '--actor', 'IRN', '--position', 'P', '--format', 'xml'],
    ]) {
      await expect(parse(args)).rejects.toMatchObject({ code: 'commander.invalidArgument' });
    }
  });

  it('needs actors, a window and something to compare', async () => {
    await expect(
      parse(['compare', '--topic', 't', '--from', '2020', '--to', '2020']),
    ).rejects.toMatchObject({
      code: 'commander.missingMandatoryOptionValue',
    });
    await expect(
      parse(['agreement', '--actors', 'A,B', '--topic', 't', '--from', '2020']),
    ).rejects.toMatchObject({
      code: 'commander.missingMandatoryOptionValue',
    });
    await expect(
      parse(['compare', '--actors', 'A', '--from', '2020', '--to', '2020']),
    ).rejects.toMatchObject({
      code: 'commander.error',
      message: expect.stringContaining('--topic, --positions or --position-types'),
    });
    await expect(parse(['divergences', '--from', '2020'])).rejects.toMatchObject({
      code: 'commander.error',
    });
  });
});
