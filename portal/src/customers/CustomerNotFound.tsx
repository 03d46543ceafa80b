import { Body1, Title2 } from '@fluentui/react-components';
import { Link } from 'react-router-dom';

/** The API answers 404 alike for no such customer and another partner's: the page cannot tell them apart either. */
export function CustomerNotFound() {
  return (
    <section aria-labelledby="customer-not-found">
      <Title2 as="h1" id="customer-not-found">
        This customer doesn't exist or isn't yours
      </Title2>
      <Body1>
        Check the address, or find the customer in <Link to="/customers">your customers</Link>.
      </Body1>
    </section>
  );
}
