// Text that wraps between words, on lines of even length. Chinese has no spaces, so the browser
// broke a tile's label anywhere and left one character on its own line (今日政务服务办 / 件);
// with the words marked (<wbr>) and breaks elsewhere kept out (.pf-phrased: keep-all, balance),
// it reads 今日政务 / 服务办件.
import { Fragment, memo } from 'react';
import { phraseSegments } from './balanced-lines.ts';

export const Phrased = memo(function Phrased({ text }: { text: string }) {
  return (
    <>
      {phraseSegments(text).map((word, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {word}
        </Fragment>
      ))}
    </>
  );
});
