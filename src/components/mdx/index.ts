// Components available in every review and concept without an import line.
import BenchmarkTable from '../../widgets/BenchmarkTable/BenchmarkTable.astro';
import ConfigTable from './ConfigTable.astro';
import Score from './Score.astro';
import ConfigValue from './ConfigValue.astro';
import SeriesValue from './SeriesValue.astro';
import Concept from './Concept.astro';
import Callout from './Callout.astro';
import Chart from './Chart.astro';
import RopeExplorer from '../../widgets/RopeExplorer/RopeExplorer.astro';
import ScalingLawCalculator from '../../widgets/ScalingLawCalculator/ScalingLawCalculator.astro';
import TokenizerLab from '../../widgets/TokenizerLab/TokenizerLab.astro';
import Compare from './Compare.astro'; // issue 18: links into /compare/
// reading (#16): citations of content/data/references.yaml
import Cite from './Cite.astro';

export const mdxComponents = {
  BenchmarkTable,
  ConfigTable,
  Score,
  ConfigValue,
  SeriesValue,
  Concept,
  Callout,
  Chart,
  RopeExplorer,
  ScalingLawCalculator,
  TokenizerLab,
  Compare,
  Cite,
};
