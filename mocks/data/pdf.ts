import type { Customer, Invoice, Money } from '../../widgets/core/api/types';

/** "FV/2026/10/000123" → "FV_2026_10_000123.pdf". */
export function invoicePdfFilename(number: string): string {
  return `${number.replace(/[^A-Za-z0-9-]+/g, '_')}.pdf`;
}

// The standard Helvetica font has no Polish letters, so text is folded to ASCII.
const FOLD: Record<string, string> = {
  ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z',
  Ą: 'A', Ć: 'C', Ę: 'E', Ł: 'L', Ń: 'N', Ó: 'O', Ś: 'S', Ź: 'Z', Ż: 'Z',
  '–': '-', '„': '"', '”': '"',
};

function pdfText(text: string): string {
  const ascii = [...text].map((c) => FOLD[c] ?? (c.charCodeAt(0) < 128 ? c : '?')).join('');
  return `(${ascii.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function formatMoney(money: Money): string {
  const sign = money.minor < 0 ? '-' : '';
  const abs = Math.abs(money.minor);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${whole},${String(abs % 100).padStart(2, '0')} ${money.currency === 'PLN' ? 'zl' : money.currency}`;
}

/**
 * A minimal, valid one-page PDF 1.4. Offsets in the xref table are byte offsets, so everything is
 * kept to single-byte characters and counted as it is appended.
 */
export function buildInvoicePdf(invoice: Invoice, customer: Customer): Uint8Array<ArrayBuffer> {
  const lines: PdfLine[] = [
    ['F2', 18, `Faktura VAT ${invoice.number}`],
    ['F1', 11, `Nabywca: ${customer.name}`],
    ['F1', 11, `Numer klienta: ${customer.customerNumber}`],
    ['F1', 11, `Data wystawienia: ${invoice.issueDate}`],
    ['F1', 11, `Termin platnosci: ${invoice.dueDate}`],
    ...(invoice.period ? [['F1', 11, `Okres rozliczeniowy: ${invoice.period.from} - ${invoice.period.to}`] as ['F1', number, string]] : []),
    ['F2', 12, `Kwota brutto: ${formatMoney(invoice.amount)}`],
    ['F1', 11, `Pozostalo do zaplaty: ${formatMoney(invoice.remaining)}`],
  ];
  return buildPdf(`Faktura ${invoice.number}`, lines);
}

type PdfLine = [font: 'F1' | 'F2', size: number, text: string];

/** A one-page PDF of a contract document: its title and a few lines. */
export function buildDocumentPdf(title: string, body: readonly string[]): Uint8Array<ArrayBuffer> {
  return buildPdf(title, [['F2', 16, title], ...body.map((text): PdfLine => ['F1', 11, text])]);
}

function buildPdf(title: string, lines: PdfLine[]): Uint8Array<ArrayBuffer> {
  lines = [...lines, ['F1', 8, 'Dokument wygenerowany przez srodowisko demonstracyjne eBOK (mock).']];
  let y = 790;
  const content = lines
    .map(([font, size, text]) => {
      const op = `BT /${font} ${size} Tf 56 ${y} Td ${pdfText(text)} Tj ET`;
      y -= size + 12;
      return op;
    })
    .join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Title ${pdfText(title)} /Producer (eBOK widgets mock) >>`,
  ];

  // The binary comment marks the file as binary for tools that sniff it; its bytes are > 127.
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;

  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i) & 0xff;
  return bytes;
}
