// Each chart of a force's page as PNG, with its title, source and licence inside.
import { chartRoutes } from '../../../../views/images/routes.ts';
import { chartsOfForce } from '../../../../views/images/images.ts';

const routes = chartRoutes((d) => d.forces.map((f) => f.id), chartsOfForce);
export const getStaticPaths = routes.getStaticPaths;
export const GET = routes.png;
