import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { ensureLauncherBuilt } from '../../../src/neo4j/launcher-build';

describe('ensureLauncherBuilt without Java', () => {
  it('says what to install, or to set NEO4J_URI, with JAVA_NOT_FOUND', async () => {
    const env = { ...process.env, PATH: mkdtempSync(path.join(os.tmpdir(), 'empty-path-')) };
    await expect(ensureLauncherBuilt(pino({ level: 'silent' }), env)).rejects.toMatchObject({
      code: 'JAVA_NOT_FOUND',
      hint: expect.stringMatching(/openjdk-17.*maven.*NEO4J_URI/s),
    });
  });
});
