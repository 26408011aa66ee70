// The seven platform panels, in the order of the platform list.
import type { PanelDecl } from '../framework/declaration.ts';
import { agriculturePanel } from './agriculture.ts';
import { commercePanel } from './commerce.ts';
import { governmentPanel } from './government.ts';
import { gridPanel } from './grid.ts';
import { healthEducationPanel } from './health-education.ts';
import { industryPanel } from './industry.ts';
import { urbanPanel } from './urban.ts';

export const panels: readonly PanelDecl[] = [gridPanel, urbanPanel, governmentPanel, agriculturePanel, industryPanel, commercePanel, healthEducationPanel];
