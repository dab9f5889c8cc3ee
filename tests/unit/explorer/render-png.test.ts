import { inflateSync } from 'node:zlib';
import { agreementSpec } from '../../../src/explorer/charts/agreement';
import { historySpec } from '../../../src/explorer/charts/history';
import { SCORE_COLOURS } from '../../../src/explorer/charts/palette';
import { PNG_SCALE, renderPng } from '../../../src/explorer/render/png';
import { AGREEMENT, HISTORY } from './fixtures';

/** The chunks of a PNG file: type and data, in order. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    found.push({
      type: png.toString('latin1', at + 4, at + 8),
      data: png.subarray(at + 8, at + 8 + length),
    });
    at += 12 + length;
  }
  return found;
}

/** The RGBA pixels of an 8-bit RGBA PNG (filters undone), to check what is drawn where. */
function pixels(png: Buffer): {
  width: number;
  height: number;
  at: (x: number, y: number) => string;
} {
  const parts = chunks(png);
  const header = parts[0]!.data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(parts.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= 4 ? out[y * stride + x - 4]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const corner = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const p = left + up - corner;
      const paeth =
        Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - corner)
          ? left
          : Math.abs(p - up) <= Math.abs(p - corner)
            ? up
            : corner;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter]!;
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return {
    width,
    height,
    at: (x, y) => `#${[0, 1, 2].map((c) => hex(out[y * stride + x * 4 + c]!)).join('')}`,
  };
}

describe('renderPng', () => {
  it('writes a PNG at twice the chart size', () => {
    const spec = agreementSpec(AGREEMENT);
    const png = renderPng(spec);
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const [header] = chunks(png);
    expect(header!.type).toBe('IHDR');
    expect([header!.data.readUInt32BE(0), header!.data.readUInt32BE(4)]).toEqual([
      spec.width * PNG_SCALE,
      spec.height * PNG_SCALE,
    ]);
    expect(chunks(png).at(-1)!.type).toBe('IEND');
  });

  it('draws what the SVG draws: the agreement cells in their colours on white', () => {
    const png = pixels(renderPng(agreementSpec(AGREEMENT)));
    const colours = new Set<string>();
    for (let y = 0; y < png.height; y += 4)
      for (let x = 0; x < png.width; x += 4) colours.add(png.at(x, y));
    expect(png.at(0, 0)).toBe('#ffffff');
    // Iran–Türkiye 2021 scores −1 (the first class), Iran–Russia 2021 scores 1 (the last).
    expect(colours).toContain(SCORE_COLOURS[0]);
    expect(colours).toContain(SCORE_COLOURS[4]);
  });

  it('draws each chart: a history is not an agreement', () => {
    const history = renderPng(historySpec(HISTORY));
    expect(history.equals(renderPng(agreementSpec(AGREEMENT)))).toBe(false);
    expect(chunks(history)[0]!.data.readUInt32BE(0)).toBe(historySpec(HISTORY).width * PNG_SCALE);
  });
});
