/** Why a backup or restore was refused; `code` is stable for the CLI and scripts. */
export type BackupErrorCode =
  | 'target_exists'
  | 'backup_not_found'
  | 'backup_corrupt'
  | 'not_a_store'
  | 'backup_too_new'
  | 'store_in_use'
  | 'same_file'
  | 'not_a_file_store';

/** Thrown by backupStore and restoreStore for every expected refusal, with a precise message. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  readonly code: BackupErrorCode;

  constructor(code: BackupErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
