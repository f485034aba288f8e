import { describe, expect, it } from 'vitest';
import { arabicCliticForms } from '../../../lib/kb/arabic-clitics';

describe('arabicCliticForms', () => {
  it('joins the one-letter conjunctions and prepositions to a bare word', () => {
    expect(arabicCliticForms('أردوغان')).toEqual([
      'وأردوغان',
      'فأردوغان',
      'بأردوغان',
      'لأردوغان',
      'كأردوغان',
      'وبأردوغان',
      'ولأردوغان',
    ]);
  });

  it('writes "ل" before the article as "لل"', () => {
    const forms = arabicCliticForms('الأمم المتحدة');
    expect(forms).toContain('للأمم المتحدة');
    expect(forms).toContain('والأمم المتحدة');
    expect(forms).not.toContain('لالأمم المتحدة');
  });

  it('leaves other scripts alone', () => {
    expect(arabicCliticForms('Erdogan')).toEqual([]);
    expect(arabicCliticForms('Эрдоган')).toEqual([]);
  });
});
