/**
 * A .docx for tests, made in memory: the three parts a Word reader needs, deflated (as Word
 * writes them) or stored, around a WordprocessingML body. Paragraphs are given as text; `xml`
 * replaces the document part whole (a damaged or hostile one).
 */
import { crc32, deflateRawSync } from 'node:zlib';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const documentXml = (paragraphs: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`)
    .join('')}</w:body></w:document>`;

const PARTS = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
};

/** How entries are written: deflated (as Word does) or stored; names flagged as UTF-8 and a date, or neither. */
export interface ZipOptions {
  deflate?: boolean;
  utf8Names?: boolean;
  /** The entries' MS-DOS date (0x21: 1980-01-01); 0 when not given. */
  dosDate?: number;
}

/**
 * A zip archive of the entries (name → bytes). The local header and the central directory's
 * entry share one run of fields (version needed … name length), the central one 2 bytes later.
 */
export function zip(entries: Record<string, Uint8Array | string>, options: ZipOptions | boolean = true): Buffer {
  const { deflate = true, utf8Names = false, dosDate = 0 } = typeof options === 'boolean' ? { deflate: options } : options;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = deflate ? deflateRawSync(data, { level: 9 }) : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const common = (b: Buffer, at: number) => {
      b.writeUInt16LE(20, at);
      b.writeUInt16LE(utf8Names ? 0x0800 : 0, at + 2);
      b.writeUInt16LE(deflate ? 8 : 0, at + 4);
      b.writeUInt16LE(dosDate, at + 8);
      b.writeUInt32LE(crc, at + 10);
      b.writeUInt32LE(packed.length, at + 14);
      b.writeUInt32LE(data.length, at + 18);
      b.writeUInt16LE(nameBytes.length, at + 22);
      return b;
    };
    const local = common(Buffer.alloc(30), 4);
    local.writeUInt32LE(0x04034b50, 0);
    const central = common(Buffer.alloc(46), 6);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A Word file of these paragraphs, or of this document part. */
export function makeDocx(content: { paragraphs: string[] } | { xml: Uint8Array | string }, deflate = true): Buffer {
  const xml = 'paragraphs' in content ? documentXml(content.paragraphs) : content.xml;
  return zip({ ...PARTS, 'word/document.xml': xml }, deflate);
}
