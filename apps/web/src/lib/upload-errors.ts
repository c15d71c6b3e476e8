/** Plain-Chinese explanations of why a file could not be read or stored, by the API's error code. */
const MESSAGES: Readonly<Record<string, string>> = {
  empty_file: '文件是空的，没有可读取的内容。',
  undecodable: '无法识别文件的文字编码。请用记事本或 WPS 另存为 UTF-8 文本后重试。',
  not_a_report:
    '这份文件看起来不是政府信息公开工作年度报告：既没有找到报告标题，也没有找到第二至第四部分的统计表。',
  unsupported_format: '暂不支持这种文件格式，请上传 txt、html、docx 或 pdf 文件。',
  agency_unknown: '无法从报告中识别发布机关，请确认标题中写明了机关名称（如“××县人民政府办公室”）。',
  parse_failed: '读取报告内容时出错，文件可能已损坏。',
  read_failed: '服务器无法读取这个文件。',
  store_failed: '保存到数据库时出错，请稍后重试。',
  file_too_large: '文件太大，超过了服务器允许的上限。',
  payload_too_large: '文件太大，超过了服务器允许的上限。',
  too_many_files: '一次上传的文件太多，请分批上传。',
  preview_expired: '预览已过期，请重新上传该文件。',
  preview_not_found: '服务器上找不到这次预览（可能已过期或服务已重启），请重新上传该文件。',
  unauthorized: '编辑令牌缺失或无效，请在“编辑令牌”中粘贴有效的令牌。',
  invalid_token: '编辑令牌无效、已过期或已被撤销，请换一个有效的令牌。',
  parse_timeout: '读取这个文件超时，文件可能过大或内容异常，请检查后重试。',
  rate_limited: '上传过于频繁，请稍等片刻再试。',
  csrf_rejected: '请求来源未通过安全校验，请刷新页面后重试。',
  forbidden: '这个编辑令牌没有导入权限，请使用编辑或管理员令牌。',
  parse_busy: '服务器正忙于读取其他文件，请稍后重试。',
  session_invalid: '登录已过期，请重新登录。',
  network: '无法连接服务器，请确认服务已启动后重试。',
  aborted: '已取消上传。',
};

/** A per-file error in plain Chinese; unknown codes fall back to a general sentence. */
export function uploadErrorText(code: string, status?: number): string {
  const known = MESSAGES[code];
  if (known !== undefined) return known;
  if (status === 401) return MESSAGES.unauthorized ?? '';
  if (status === 403) return MESSAGES.forbidden ?? '';
  if (status === 413) return MESSAGES.file_too_large ?? '';
  if (status !== undefined && status >= 500) return '服务器处理这个文件时出错，请稍后重试。';
  return '无法读取这个文件。';
}

/** File extensions the importer reads. */
export const ACCEPTED_EXTENSIONS = ['txt', 'html', 'htm', 'docx', 'pdf'] as const;

/** Checks a file before uploading it; returns the Chinese reason it is refused, or undefined. */
export function refuseFile(name: string, size: number, maxBytes: number): string | undefined {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === undefined || !(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) {
    return MESSAGES.unsupported_format;
  }
  if (size === 0) return MESSAGES.empty_file;
  if (size > maxBytes)
    return `文件太大（${(size / 1024 / 1024).toFixed(1)} MB），单个文件不能超过 ${Math.round(maxBytes / 1024 / 1024)} MB。`;
  return undefined;
}
