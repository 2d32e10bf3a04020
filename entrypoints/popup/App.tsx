import { useMemo, useState } from 'preact/hooks';
import { FieldList } from '../../components/FieldList';
import { extractFields } from '../../utils/extract';
import { groupFields } from '../../utils/extract/group';
import { t } from '../../utils/i18n';

type LangChoice = 'auto' | 'vi' | 'en';

/** Finds the fields of pasted text; the current tab's article arrives with the highlighting issue. */
export function App() {
  const [text, setText] = useState('');
  const [lang, setLang] = useState<LangChoice>('auto');
  const [published, setPublished] = useState('');
  const groups = useMemo(
    () => groupFields(extractFields(text, { lang, published: published || undefined })),
    [text, lang, published],
  );
  return (
    <main>
      <h1>{t('popupHeading')}</h1>
      <label>
        {t('textLabel')}
        <textarea
          value={text}
          placeholder={t('textPlaceholder')}
          rows={8}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <div class="options">
        <label>
          {t('langLabel')}
          <select value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value as LangChoice)}>
            <option value="auto">{t('langAuto')}</option>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('publishedLabel')}
          <input type="date" value={published} onInput={(e) => setPublished((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      {text.trim() && <FieldList groups={groups} />}
    </main>
  );
}
