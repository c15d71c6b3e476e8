import { type DragEvent, useId, useRef, useState } from 'react';
import { ACCEPTED_EXTENSIONS } from '../lib/upload-errors.ts';

/**
 * Where files are dropped; the button opens the file chooser, so the zone works from the keyboard
 * too. Many files at once; folders are not read.
 */
export function DropZone({
  onFiles,
  disabled = false,
}: {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}) {
  const [over, setOver] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <section
      className={over ? 'drop-zone over' : 'drop-zone'}
      data-testid="drop-zone"
      aria-label="拖放文件区域"
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="drop-title">把年报文件拖到这里</p>
      <p className="hint" id={hintId}>
        支持 {ACCEPTED_EXTENSIONS.filter((e) => e !== 'htm').join('、')}
        ，可一次选择多个文件；导入前会先显示读取结果。
      </p>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',')}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          if (files.length > 0) onFiles(files);
          // Choosing the same file again must fire change again.
          event.target.value = '';
        }}
      />
      <button
        type="button"
        className="button button-primary"
        aria-describedby={hintId}
        disabled={disabled}
        onClick={() => inputRef.current?.click()}
      >
        选择文件…
      </button>
    </section>
  );
}
