import { css } from 'lit';

/**
 * The sign-in form's own rules (after login-styles.ts): they travel with the form's chunk and are
 * adopted into the element's shadow root when the form arrives (login-form.ts).
 */
export const loginFormStyles = css`
  .stack {
    display: grid;
    gap: var(--_space);
  }
  /* Read-only here means "being sent", not a read-only value: the field keeps its frame. */
  input[readonly] {
    border-style: solid;
    background: var(--_surface);
    color: inherit;
  }
  #code {
    max-width: 10em;
    font-size: 1.25em;
    letter-spacing: 0.3em;
    font-variant-numeric: tabular-nums;
  }
  .notice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_primary);
  }
  .notice .icon {
    margin-top: 0.1em;
    flex: none;
  }
  .problem {
    display: grid;
    gap: 0.5em;
  }
  form > [part='submit'] {
    width: 100%;
  }
  .resend {
    display: grid;
    gap: 0.4em;
    justify-items: start;
  }
  /* The resend wait reads as the button's hint. */
  .resend .countdown {
    font-size: 0.875em;
  }
  .links {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .links .btn-link,
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    color: var(--_primary);
  }
  .break {
    overflow-wrap: anywhere;
  }
`;
