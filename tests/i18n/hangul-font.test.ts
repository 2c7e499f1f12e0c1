import { expect } from '@open-wc/testing';

/**
 * The layout tests (no overflow at 160 px, no layout shift, wrapping names) measure text. Without a
 * Korean font, Chromium draws every syllable as the same narrow "missing glyph" box, and those tests
 * then pass for a layout no Korean reader ever sees (a 160 px gauge spilled 19 px out of its box that
 * way, unnoticed). On such a machine this test fails too, saying what to install.
 */
describe('test machine', () => {
  it('draws Hangul with a real font, so the layout tests measure what readers see', () => {
    const draw = (text: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const context = canvas.getContext('2d')!;
      context.font = '48px sans-serif';
      context.fillText(text, 4, 52);
      return canvas.toDataURL();
    };
    // U+0378 is unassigned: no font has it, so it is drawn as the missing-glyph box.
    const missing = draw('\u0378');
    expect(draw('가') === missing, 'No Korean font: install one (Debian/Ubuntu: `sudo apt-get install -y fonts-noto-cjk`)').to.equal(false);
    expect(draw('가'), '가 and 각 look alike: Hangul is drawn as boxes').not.to.equal(draw('각'));
  });
});
