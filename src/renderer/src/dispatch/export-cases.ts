// Export the listed cases — the current queue or search, as shown — to xlsx
// (exceljs, loaded on first use) or csv, for reports and hand-offs.
import type { CaseListItem } from '../../../shared/contract.ts';
import type { useDirectory } from './use-directory.ts';
import { CENTER_TIME_ZONE } from '../i18n/date-time.ts';

type Names = ReturnType<typeof useDirectory>['names'];
type Label = (key: string) => string;

export function caseRows(cases: readonly CaseListItem[], names: Names, t: Label): { header: string[]; rows: string[][] } {
  // One numeric form in both languages (2026/11/27 08:03:02): a spreadsheet reads it as a date and sorts it, which it does not with 27 Nov 2026.
  const fmt = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false, timeZone: CENTER_TIME_ZONE }) : '');
  return {
    header: ['field.code', 'report.fieldTitle', 'export.state', 'report.fieldPriority', 'field.category', 'field.place', 'export.grid', 'field.address', 'field.department', 'field.seat', 'field.reportedAt', 'field.deadline', 'field.satisfaction'].map(t),
    rows: cases.map((c) => [
      c.code ?? '', c.title, t(`state.${c.state}`), t(`priority.${c.priority}`), names.category(c.categoryKind, c.categoryCode),
      [names.division(c.countyCode), names.division(c.townCode)].join(' '), c.gridCode ?? '', c.address,
      names.department(c.departmentId), names.seat(c.seatId), fmt(c.reportedAt), fmt(c.deadlineAt), c.satisfaction?.toString() ?? '',
    ]),
  };
}

/** RFC 4180: quote every field, double the quotes; BOM so Excel reads UTF-8 Chinese. */
export function toCsv({ header, rows }: { header: string[]; rows: string[][] }): string {
  const line = (fields: string[]) => fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(',');
  return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

export async function toXlsx({ header, rows }: { header: string[]; rows: string[][] }, sheetName: string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow(header).font = { bold: true };
  sheet.addRows(rows);
  sheet.columns.forEach((col, i) => (col.width = Math.min(40, Math.max(10, ...[header[i] ?? '', ...rows.slice(0, 200).map((r) => r[i] ?? '')].map((v) => v.length * 1.6)))));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Blob([await book.xlsx.writeBuffer()], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
