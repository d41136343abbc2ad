/**
 * The Samspill portal embeds: `<samspill-portfolio>`, `<samspill-benefits>` and
 * `<samspill-initiative>`. One ES module; importing it defines the elements (once, so a page
 * that loads it twice does not throw).
 */
import { SamspillBenefits } from './components/samspill-benefits';
import { SamspillInitiative } from './components/samspill-initiative';
import { SamspillPortfolio } from './components/samspill-portfolio';
import { reportFrameHeight } from './frame/frame-height';

const elements: [string, CustomElementConstructor][] = [
  ['samspill-portfolio', SamspillPortfolio],
  ['samspill-benefits', SamspillBenefits],
  ['samspill-initiative', SamspillInitiative],
];
for (const [name, element] of elements) if (!customElements.get(name)) customElements.define(name, element);

if (document.body?.hasAttribute('data-samspill-frame')) reportFrameHeight();

export { SamspillBenefits, SamspillInitiative, SamspillPortfolio };
