import { DEFAULT_SECURITY } from '@nianbao/api';
import { describe, expect, it } from 'vitest';
import { loadConfig, securityLimits } from './config.ts';

describe('limits from the environment', () => {
  it('defaults to the server defaults', () => {
    expect(securityLimits(loadConfig({}))).toEqual(DEFAULT_SECURITY);
  });

  it('reads every limit in human units', () => {
    const limits = securityLimits(
      loadConfig({
        NIANBAO_MAX_FILE_MB: '5',
        NIANBAO_MAX_UPLOAD_MB: '32',
        NIANBAO_MAX_FILES: '10',
        NIANBAO_MAX_BODY_KB: '16',
        NIANBAO_PARSE_TIMEOUT_S: '2.5',
        NIANBAO_PARSE_WORKERS: '2',
        NIANBAO_WRITES_PER_MINUTE: '30',
        NIANBAO_LOGINS_PER_MINUTE: '5',
        NIANBAO_SESSION_HOURS: '1',
        NIANBAO_TRUST_PROXY: 'true',
      }),
    );
    expect(limits).toEqual({
      maxFileBytes: 5 * 1024 * 1024,
      maxUploadBytes: 32 * 1024 * 1024,
      maxFiles: 10,
      maxJsonBytes: 16 * 1024,
      parseTimeoutMs: 2_500,
      parseWorkers: 2,
      writesPerMinute: 30,
      loginsPerMinute: 5,
      sessionTtlMs: 3_600_000,
      trustProxy: true,
    });
  });

  it('refuses limits beyond what the upload routes allow, naming the variable', () => {
    expect(() => loadConfig({ NIANBAO_MAX_UPLOAD_MB: '500' })).toThrow(/NIANBAO_MAX_UPLOAD_MB/);
    expect(() => loadConfig({ NIANBAO_MAX_FILES: '0' })).toThrow(/NIANBAO_MAX_FILES/);
    expect(() => loadConfig({ NIANBAO_TRUST_PROXY: 'yes' })).toThrow(/NIANBAO_TRUST_PROXY/);
  });
});
