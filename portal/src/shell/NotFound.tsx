import { Body1, Title2 } from '@fluentui/react-components';
import { Link } from 'react-router-dom';

export function NotFound() {
  return (
    <section aria-labelledby="not-found-title">
      <Title2 as="h1" id="not-found-title">
        Page not found
      </Title2>
      <Body1>
        Nothing is at this address. Go back to the <Link to="/">home page</Link>.
      </Body1>
    </section>
  );
}
