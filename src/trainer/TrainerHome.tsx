import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { organisations, scenarios } from '../../machines/index';
import type { Language } from '../i18n/languages';
import { trainerPath } from '../routes';
import { PageHeading } from '../ui/PageHeading';
import { searchOfSelection, selectionFromSearch } from './selection';

/**
 * The trainer's home: pick scenarios for a session, one by one or an organisation's whole set,
 * then present them, quiz the room, or print a quiz sheet. A plain form (GET): without script
 * it still sends the selection to the next page in its address.
 */
export function TrainerHome({ lang }: { lang: Language }) {
  const { t } = useTranslation(['common', 'catalogue']);
  const [, navigate] = useLocation();
  const [empty, setEmpty] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(form, submitter);
    const selection = selectionFromSearch(new URLSearchParams(data as unknown as Record<string, string>).toString());
    if (selection.ids.length === 0) {
      setEmpty(true);
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    // (`submitter.formAction` is the page's own address when the button has no `formaction`.)
    const action = new URL(submitter?.getAttribute('formaction') ?? form.getAttribute('action') ?? '', location.href).pathname;
    navigate(action + searchOfSelection(selection));
  };

  /** An organisation's « whole set » box ticks or unticks each of its scenarios. */
  const onWholeSet = (orgId: string, checked: boolean, form: HTMLFormElement | null) => {
    form?.querySelectorAll<HTMLInputElement>(`input[name="s"][data-organisation="${orgId}"]`).forEach((box) => (box.checked = checked));
  };

  return (
    <div className="trainer-home">
      <PageHeading text={t('trainer.home.title')} />
      <p className="lead">{t('trainer.home.intro')}</p>
      <ul>
        <li>{t('trainer.home.presentationExplained')}</li>
        <li>{t('trainer.home.quizExplained')}</li>
      </ul>
      <form method="get" action={trainerPath(lang, 'session')} onSubmit={onSubmit} noValidate>
        {empty && (
          <div className="error-summary" role="alert" tabIndex={-1} ref={errorRef}>
            <h2>{t('trainer.home.errorTitle')}</h2>
            <p>
              <a href={`#trainer-org-${organisations[0]?.id ?? ''}`}>{t('trainer.home.errorEmpty')}</a>
            </p>
          </div>
        )}
        {organisations.map((org) => {
          const own = scenarios.filter((s) => s.organisation === org.id);
          return (
            <fieldset key={org.id} className="trainer-org" id={`trainer-org-${org.id}`}>
              <legend>
                <h2>{t(`org.${org.id}.name`)}</h2>
              </legend>
              {own.length === 0 ? (
                <p>{t('trainer.home.noScenario')}</p>
              ) : (
                <>
                  <div className="check check--whole-set">
                    <input
                      type="checkbox"
                      id={`whole-${org.id}`}
                      name="o"
                      value={org.id}
                      onChange={(e) => onWholeSet(org.id, e.currentTarget.checked, e.currentTarget.form)}
                    />
                    <label htmlFor={`whole-${org.id}`}>{t('trainer.home.wholeSet', { count: own.length })}</label>
                  </div>
                  <ul className="trainer-scenarios">
                    {own.map((s) => (
                      <li key={s.id} className="check">
                        <input type="checkbox" id={`pick-${s.id}`} name="s" value={s.id} data-organisation={org.id} />
                        <label htmlFor={`pick-${s.id}`}>{t(`${s.id}.title`, { ns: 'catalogue' })}</label>
                        <Link href={trainerPath(lang, 'scenario', s.id)} className="trainer-sheet-link">
                          {t('trainer.home.sheet')}
                          <span className="visually-hidden"> ({t(`${s.id}.title`, { ns: 'catalogue' })})</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </fieldset>
          );
        })}
        <div className="button-row">
          <button type="submit" className="button" name="mode" value="presentation">
            {t('trainer.home.present')}
          </button>
          <button type="submit" className="button" name="mode" value="quiz">
            {t('trainer.home.quiz')}
          </button>
          <button type="submit" className="button button--secondary" formAction={trainerPath(lang, 'quiz')}>
            {t('trainer.home.handout')}
          </button>
        </div>
      </form>
    </div>
  );
}
