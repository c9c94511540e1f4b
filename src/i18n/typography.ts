const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';
const SPACES = '[ \\u00a0\\u202f]*';

/**
 * French typography: a narrow no-break space before ? ! ; and a no-break space before :
 * and inside « », so that punctuation never starts a line. Idempotent.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(new RegExp(`([^\\s?!;])${SPACES}([?!;]+)(?=[\\s»)]|$)`, 'g'), `$1${NARROW_NBSP}$2`)
    .replace(new RegExp(`([^\\s\\d])${SPACES}:(?=\\s|$)`, 'g'), `$1${NBSP}:`)
    .replace(new RegExp(`«${SPACES}`, 'g'), `«${NBSP}`)
    .replace(new RegExp(`${SPACES}»`, 'g'), `${NBSP}»`);
}
