/// <reference types="mocha" />
import * as stories from '../../stories/mitmachen-opportunity-form.stories.js';
import { checkFormStories } from './form-stories.js';

checkFormStories(stories, 'mitmachen-opportunity-form');
