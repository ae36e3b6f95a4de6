import { YearAddressHint as YearAddressHint_7f99b530669d2cc594e9aff5a4bb4bbf } from '../../../editions/admin/YearAddressHint'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PrepareNextEditionButton as PrepareNextEditionButton_c8390ff6b5e91b0a0e6413f03f69be95 } from '../../../editions/rollover/admin/PrepareNextEditionButton'
import { ArchiveEditionButton as ArchiveEditionButton_214382aa72d746be351302d46f73778c } from '../../../archive/admin/ArchiveEditionButton'
import { ErrorSummary as ErrorSummary_046315455b76236ec4be23a3dddfbd02 } from '../../../platform/ui/admin/ErrorSummary'
import { LocaleSwitchGuard as LocaleSwitchGuard_6c6b1785bf38ca5b0f42cb8d8a9e6655 } from '../../../platform/ui/admin/LocaleSwitchGuard'
import { PreviewButton as PreviewButton_a1e634457c9124165ed37b8b14b9dfa0 } from '../../../platform/ui/admin/PreviewButton'
import { ConflictWarning as ConflictWarning_914ff19c45580b787ca659151af59943 } from '../../../programme/admin/ConflictWarning'
import { BoardLink as BoardLink_ddf2aa2f392b75a969670c3a38cc10fd } from '../../../programme/board/admin/BoardLink'
import { ConflictFilter as ConflictFilter_95f9e20bd295a984a1183a1bf7bd2b1b } from '../../../programme/admin/ConflictFilter'
import { PublishRelease as PublishRelease_38b4e4cc02c448e519fb6097131968fa } from '../../../programme/releases/admin/PublishRelease'
import { AcceptProposalButton as AcceptProposalButton_cf7e2fa0e5a835b3599ae1b0c5ba7520 } from '../../../cfp/admin/AcceptProposalButton'
import { DashWhenEmpty as DashWhenEmpty_18ad474569fc12b8eb6c6c7af4708a4a } from '../../../platform/ui/admin/DashWhenEmpty'
import { DecisionEmailActions as DecisionEmailActions_2ec8bf41faf37d15b5a10d725ec9c3f3 } from '../../../cfp/admin/DecisionEmailActions'
import { ResendConfirmationButton as ResendConfirmationButton_e4381984bd1e035d5174d49dffca58b5 } from '../../../cfp/admin/ResendConfirmationButton'
import { EditionQuickFilter as EditionQuickFilter_7c2ad64e2ff5fe1cba99993f2dd31fd8 } from '../../../editions/admin/EditionQuickFilter'
import { OutboxLink as OutboxLink_2790a7f7c7330cfd51053f71702c109e } from '../../../cfp/admin/OutboxLink'
import { ExportProposalsLink as ExportProposalsLink_b36d661b810ef70b65b8cfd6a505aa06 } from '../../../cfp/admin/ExportProposalsLink'
import { Icon as Icon_53b4c4fd1b1cb787d4837407afc9a76a } from '../../../platform/ui/admin/Brand'
import { Logo as Logo_53b4c4fd1b1cb787d4837407afc9a76a } from '../../../platform/ui/admin/Brand'
import { OpenNavOnWideScreens as OpenNavOnWideScreens_8d64eb0c1fc171bfcce2477240474ecc } from '../../../platform/ui/admin/OpenNavOnWideScreens'
import { EditorsDashboard as EditorsDashboard_3e4908f1b31ca9c7b7102653c1d1662e } from '../../../editions/dashboard/EditorsDashboard'
import { BoardView as BoardView_bd76db3be14283570f5f7445ad38dcc8 } from '../../../programme/board/admin/BoardView'
import { DecisionsOutboxView as DecisionsOutboxView_0df10d8574abe34a506195e3b31d59ce } from '../../../cfp/admin/DecisionsOutboxView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/editions/admin/YearAddressHint#YearAddressHint": YearAddressHint_7f99b530669d2cc594e9aff5a4bb4bbf,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/editions/rollover/admin/PrepareNextEditionButton#PrepareNextEditionButton": PrepareNextEditionButton_c8390ff6b5e91b0a0e6413f03f69be95,
  "/archive/admin/ArchiveEditionButton#ArchiveEditionButton": ArchiveEditionButton_214382aa72d746be351302d46f73778c,
  "/platform/ui/admin/ErrorSummary#ErrorSummary": ErrorSummary_046315455b76236ec4be23a3dddfbd02,
  "/platform/ui/admin/LocaleSwitchGuard#LocaleSwitchGuard": LocaleSwitchGuard_6c6b1785bf38ca5b0f42cb8d8a9e6655,
  "/platform/ui/admin/PreviewButton#PreviewButton": PreviewButton_a1e634457c9124165ed37b8b14b9dfa0,
  "/programme/admin/ConflictWarning#ConflictWarning": ConflictWarning_914ff19c45580b787ca659151af59943,
  "/programme/board/admin/BoardLink#BoardLink": BoardLink_ddf2aa2f392b75a969670c3a38cc10fd,
  "/programme/admin/ConflictFilter#ConflictFilter": ConflictFilter_95f9e20bd295a984a1183a1bf7bd2b1b,
  "/programme/releases/admin/PublishRelease#PublishRelease": PublishRelease_38b4e4cc02c448e519fb6097131968fa,
  "/cfp/admin/AcceptProposalButton#AcceptProposalButton": AcceptProposalButton_cf7e2fa0e5a835b3599ae1b0c5ba7520,
  "/platform/ui/admin/DashWhenEmpty#DashWhenEmpty": DashWhenEmpty_18ad474569fc12b8eb6c6c7af4708a4a,
  "/cfp/admin/DecisionEmailActions#DecisionEmailActions": DecisionEmailActions_2ec8bf41faf37d15b5a10d725ec9c3f3,
  "/cfp/admin/ResendConfirmationButton#ResendConfirmationButton": ResendConfirmationButton_e4381984bd1e035d5174d49dffca58b5,
  "/editions/admin/EditionQuickFilter#EditionQuickFilter": EditionQuickFilter_7c2ad64e2ff5fe1cba99993f2dd31fd8,
  "/cfp/admin/OutboxLink#OutboxLink": OutboxLink_2790a7f7c7330cfd51053f71702c109e,
  "/cfp/admin/ExportProposalsLink#ExportProposalsLink": ExportProposalsLink_b36d661b810ef70b65b8cfd6a505aa06,
  "/platform/ui/admin/Brand#Icon": Icon_53b4c4fd1b1cb787d4837407afc9a76a,
  "/platform/ui/admin/Brand#Logo": Logo_53b4c4fd1b1cb787d4837407afc9a76a,
  "/platform/ui/admin/OpenNavOnWideScreens#OpenNavOnWideScreens": OpenNavOnWideScreens_8d64eb0c1fc171bfcce2477240474ecc,
  "/editions/dashboard/EditorsDashboard#EditorsDashboard": EditorsDashboard_3e4908f1b31ca9c7b7102653c1d1662e,
  "/programme/board/admin/BoardView#BoardView": BoardView_bd76db3be14283570f5f7445ad38dcc8,
  "/cfp/admin/DecisionsOutboxView#DecisionsOutboxView": DecisionsOutboxView_0df10d8574abe34a506195e3b31d59ce,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
