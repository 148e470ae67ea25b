<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit HTML writer: the text of one prepared TEI master (see writers/prepare.py) as an
  HTML fragment. One template per TEI element; an element without a template keeps its
  text (a <div> in block context, a <span> inside running text).

  Generated text (signs, paragraph and page numbers, note markers, headings the master does
  not have) is always inside an element of class "gen", so it can be told from the master's
  words. Only tk:href (set in Python from an allow-list) ever becomes a link.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:writer"
    exclude-result-prefixes="t tk">

  <xsl:output method="html" encoding="UTF-8"/>
  <xsl:strip-space elements="t:text t:front t:back t:body t:div t:sp t:list t:listBibl
      t:table t:row t:opener t:closer t:lg t:castList t:castGroup t:choice t:titlePage
      t:docTitle t:group"/>

  <xsl:param name="base" select="2"/>      <!-- heading level of a top-level div -->

  <xsl:key name="notes" match="t:note[@tk:seq]" use="@tk:owner"/>

  <!-- Elements rendered as running text: a block element inside one becomes a span. -->
  <xsl:variable name="phrasing" select="' p head speaker label stage dateline signed salute
      item l ab seg hi title persName placeName date time name q quote said cell byline
      docDate docImprint titlePart trailer note desc ref term gloss '"/>

  <xsl:template match="/">
    <div class="tei-text">
      <xsl:apply-templates select="descendant::t:text[not(ancestor::t:text)]"/>
    </div>
  </xsl:template>

  <!-- ==================================================================== structure -->

  <xsl:template match="t:text | t:front | t:back | t:body | t:group">
    <div class="{local-name()}">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
      <xsl:call-template name="endnotes"/>
    </div>
  </xsl:template>

  <xsl:template match="t:div">
    <section class="div div-{@type}">
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
      <xsl:call-template name="endnotes"/>
    </section>
  </xsl:template>

  <xsl:template match="t:div/t:head">
    <xsl:variable name="level" select="$base + count(ancestor::t:div[t:head]) - 1"/>
    <xsl:element name="h{substring('123456666666', $level, 1)}">
      <xsl:attribute name="class">head</xsl:attribute>
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="t:head">
    <xsl:call-template name="block"><xsl:with-param name="class" select="'head'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="t:p">
    <xsl:variable name="tag">
      <xsl:choose>
        <xsl:when test="ancestor::t:*[contains($phrasing, concat(' ', local-name(), ' '))]">span</xsl:when>
        <xsl:when test="descendant::t:*[self::t:list or self::t:table or self::t:p or self::t:lg
            or self::t:sp or self::t:div or self::t:floatingText or self::t:quote[t:p]]
            [count(ancestor::t:note) = count(current()/ancestor::t:note)]">div</xsl:when>
        <xsl:otherwise>p</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:attribute name="class">
        <xsl:text>p</xsl:text>
        <xsl:if test="@rend"> rend-<xsl:value-of select="translate(@rend, ' #', '-')"/></xsl:if>
      </xsl:attribute>
      <xsl:call-template name="id"/>
      <xsl:if test="@tk:pn">
        <a class="pn gen" href="#{@tk:id}"><xsl:value-of select="@tk:pn"/></a>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- ================================================================= transcripts -->

  <xsl:template match="t:sp">
    <div class="sp">
      <xsl:call-template name="id"/>
      <xsl:apply-templates select="t:speaker"/>
      <div class="speech">
        <xsl:apply-templates select="node()[not(self::t:speaker)]"/>
      </div>
    </div>
  </xsl:template>

  <xsl:template match="t:speaker">
    <xsl:call-template name="block"><xsl:with-param name="class" select="'speaker'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="t:stage">
    <xsl:call-template name="block"><xsl:with-param name="class" select="'stage'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================================================ openers, closers -->

  <xsl:template match="t:opener | t:closer | t:lg | t:castList | t:castGroup | t:titlePage | t:docTitle">
    <xsl:call-template name="block"/>
  </xsl:template>

  <xsl:template match="t:dateline | t:signed | t:salute | t:byline | t:docDate | t:docImprint
      | t:titlePart | t:trailer | t:l | t:ab | t:castItem | t:argument | t:epigraph">
    <xsl:call-template name="block"/>
  </xsl:template>

  <xsl:template match="t:seg">
    <xsl:call-template name="block">
      <xsl:with-param name="class" select="concat('seg', substring(concat(' seg-', translate(@type, ' ', '-')), 1, 99 * boolean(@type)))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ==================================================================== lists, tables -->

  <xsl:template match="t:list">
    <xsl:variable name="numbered" select="boolean(t:item/@n)"/>
    <div class="list-block">
      <xsl:apply-templates select="t:head"/>
      <xsl:choose>
        <xsl:when test="t:label">
          <dl class="list list-{@type}">
            <xsl:apply-templates select="node()[not(self::t:head)]" mode="dl"/>
          </dl>
        </xsl:when>
        <xsl:otherwise>
          <ul class="list list-{@type}{substring(' numbered', 1, 9 * $numbered)}">
            <xsl:apply-templates select="node()[not(self::t:head)]" mode="list"/>
          </ul>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <xsl:template match="t:item" mode="list">
    <li><xsl:call-template name="id"/><xsl:apply-templates/></li>
  </xsl:template>
  <xsl:template match="t:label" mode="dl">
    <dt><xsl:call-template name="id"/><xsl:apply-templates/></dt>
  </xsl:template>
  <xsl:template match="t:item" mode="dl">
    <dd><xsl:call-template name="id"/><xsl:apply-templates/></dd>
  </xsl:template>
  <!-- anything else directly in a list (pb, note, …) gets an item of its own -->
  <xsl:template match="*" mode="list">
    <li class="list-extra"><xsl:apply-templates select="."/></li>
  </xsl:template>
  <xsl:template match="*" mode="dl">
    <dd class="list-extra"><xsl:apply-templates select="."/></dd>
  </xsl:template>
  <xsl:template match="text()" mode="list">
    <xsl:if test="normalize-space()"><li class="list-extra"><xsl:value-of select="."/></li></xsl:if>
  </xsl:template>
  <xsl:template match="text()" mode="dl">
    <xsl:if test="normalize-space()"><dd class="list-extra"><xsl:value-of select="."/></dd></xsl:if>
  </xsl:template>

  <xsl:template match="t:table">
    <div class="table-block">
      <table>
        <xsl:call-template name="id"/>
        <xsl:if test="t:head"><caption><xsl:apply-templates select="t:head/node()"/></caption></xsl:if>
        <tbody><xsl:apply-templates select="node()[not(self::t:head)]" mode="table"/></tbody>
      </table>
    </div>
  </xsl:template>
  <xsl:template match="t:row" mode="table">
    <tr><xsl:apply-templates select="*" mode="row"/></tr>
  </xsl:template>
  <xsl:template match="t:cell" mode="row">
    <td>
      <xsl:if test="number(@cols) &gt; 1 and number(@cols) &lt; 1000"><xsl:attribute name="colspan"><xsl:value-of select="number(@cols)"/></xsl:attribute></xsl:if>
      <xsl:if test="number(@rows) &gt; 1 and number(@rows) &lt; 1000"><xsl:attribute name="rowspan"><xsl:value-of select="number(@rows)"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </td>
  </xsl:template>
  <xsl:template match="*" mode="row">
    <td><xsl:apply-templates select="."/></td>
  </xsl:template>
  <xsl:template match="*" mode="table">
    <tr><td><xsl:apply-templates select="."/></td></tr>
  </xsl:template>
  <xsl:template match="text()" mode="table">
    <xsl:if test="normalize-space()"><tr><td><xsl:value-of select="."/></td></tr></xsl:if>
  </xsl:template>

  <!-- ===================================================================== quotations -->

  <xsl:template match="t:quote | t:q | t:said | t:floatingText">
    <xsl:choose>
      <xsl:when test="(t:p or t:lg or t:list or t:sp or t:body) and not(ancestor::t:*[contains($phrasing, concat(' ', local-name(), ' '))])">
        <blockquote class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></blockquote>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="inline"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==================================================================== inline -->

  <xsl:template match="t:hi">
    <xsl:variable name="r" select="concat(' ', translate(@rend, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), ' ')"/>
    <xsl:variable name="tag">
      <xsl:choose>
        <xsl:when test="contains($r, 'italic')">i</xsl:when>
        <xsl:when test="contains($r, 'bold') or contains($r, 'strong')">b</xsl:when>
        <xsl:when test="contains($r, 'sup')">sup</xsl:when>
        <xsl:when test="contains($r, 'sub')">sub</xsl:when>
        <xsl:when test="contains($r, 'underline')">u</xsl:when>
        <xsl:otherwise>span</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:attribute name="class">hi<xsl:if test="@rend"> rend-<xsl:value-of select="translate(normalize-space(@rend), ' #', '-')"/></xsl:if></xsl:attribute>
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="t:emph"><em><xsl:call-template name="id"/><xsl:apply-templates/></em></xsl:template>
  <xsl:template match="t:foreign | t:term"><i class="{local-name()}"><xsl:call-template name="id"/><xsl:apply-templates/></i></xsl:template>
  <xsl:template match="t:title"><cite class="title"><xsl:call-template name="id"/><xsl:apply-templates/></cite></xsl:template>

  <xsl:template match="t:lb"><br/></xsl:template>

  <xsl:template match="t:pb">
    <span class="pb gen" title="Page {@n}">
      <xsl:call-template name="id"/>
      <xsl:value-of select="concat('p.', substring(' ', 1, string-length(normalize-space(@n))), normalize-space(@n))"/>
    </span>
  </xsl:template>

  <xsl:template match="t:cb | t:milestone | t:anchor">
    <span class="{local-name()}"><xsl:call-template name="id"/></span>
  </xsl:template>

  <xsl:template match="t:ref">
    <xsl:choose>
      <xsl:when test="@tk:href">
        <a class="ref" href="{@tk:href}"><xsl:call-template name="id"/><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="inline"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="t:ptr">
    <xsl:choose>
      <xsl:when test="@tk:label">
        <a class="fn-ref gen" href="{@tk:href}"><sup><xsl:value-of select="@tk:label"/></sup></a>
      </xsl:when>
      <xsl:when test="@tk:href">
        <a class="ptr gen" href="{@tk:href}">↗</a>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- editorial apparatus: the signs come from teikit.signs, written into tk:* -->
  <xsl:template match="t:sic | t:corr | t:reg | t:orig | t:abbr | t:expan | t:supplied | t:unclear | t:gap">
    <span class="{local-name()}">
      <xsl:if test="self::t:gap and t:desc and @tk:hide">
        <xsl:attribute name="title"><xsl:value-of select="normalize-space(t:desc)"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="id"/>
      <xsl:call-template name="signed"/>
    </span>
  </xsl:template>

  <xsl:template match="t:choice">
    <span class="choice">
      <xsl:apply-templates select="t:sic | t:orig | t:abbr"/>
      <xsl:apply-templates select="node()[not(self::t:sic or self::t:orig or self::t:abbr)]"/>
    </span>
  </xsl:template>

  <xsl:template name="signed">
    <xsl:if test="@tk:before"><span class="sign gen"><xsl:value-of select="@tk:before"/></span></xsl:if>
    <xsl:if test="not(@tk:hide)"><xsl:apply-templates/></xsl:if>
    <xsl:if test="@tk:after"><span class="sign gen"><xsl:value-of select="@tk:after"/></span></xsl:if>
  </xsl:template>

  <!-- ===================================================================== notes -->

  <!-- a numbered note: a marker here, the note itself at the end of its document (and a
       copy that print engines with CSS footnotes float to the foot of the page) -->
  <xsl:template match="t:note[@tk:seq]">
    <a class="fn-ref gen" id="{@tk:ref}" href="#{@tk:id}" role="doc-noteref"><sup><xsl:value-of select="@tk:label"/></sup></a>
    <span class="fn-print" aria-hidden="true" data-label="{@tk:label}">
      <span class="fn-print-label gen"><xsl:value-of select="@tk:label"/></span>
      <xsl:text> </xsl:text>
      <xsl:apply-templates mode="flat"/>
    </span>
  </xsl:template>

  <!-- a note printed where it stands (a file number before a heading, a speaker note) -->
  <xsl:template match="t:note">
    <xsl:call-template name="block">
      <xsl:with-param name="class" select="concat('note', substring(concat(' note-', translate(@type, ' ', '-')), 1, 99 * boolean(@type)))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="endnotes">
    <xsl:if test="@tk:notes">
      <xsl:variable name="level" select="$base + count(ancestor-or-self::t:div[t:head])"/>
      <section class="notes" role="doc-endnotes">
        <xsl:element name="h{substring('123456666666', $level, 1)}">
          <xsl:attribute name="class">notes-head gen</xsl:attribute>
          <xsl:text>Notes</xsl:text>
        </xsl:element>
        <ol class="notes">
          <xsl:for-each select="key('notes', @tk:notes)">
            <li class="note" id="{@tk:id}" role="doc-endnote">
              <a class="fn-back gen" href="#{@tk:ref}" role="doc-backlink"><xsl:value-of select="@tk:label"/></a>
              <xsl:text> </xsl:text>
              <div class="note-body"><xsl:apply-templates/></div>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- the print copy of a note: the same text, every element a span -->
  <xsl:template match="*" mode="flat">
    <span class="{local-name()}{substring(concat(' rend-', translate(normalize-space(@rend), ' #', '-')), 1, 99 * boolean(@rend))}">
      <xsl:if test="@tk:before"><span class="sign gen"><xsl:value-of select="@tk:before"/></span></xsl:if>
      <xsl:if test="not(@tk:hide)"><xsl:apply-templates mode="flat"/></xsl:if>
      <xsl:if test="@tk:after"><span class="sign gen"><xsl:value-of select="@tk:after"/></span></xsl:if>
    </span>
  </xsl:template>
  <xsl:template match="t:note[@tk:seq]" mode="flat">
    <sup class="gen"><xsl:value-of select="@tk:label"/></sup>
  </xsl:template>
  <xsl:template match="t:pb" mode="flat">
    <span class="pb gen"><xsl:value-of select="concat('p. ', normalize-space(@n))"/></span>
  </xsl:template>
  <xsl:template match="t:lb" mode="flat"><br/></xsl:template>
  <xsl:template match="t:choice" mode="flat">
    <span class="choice">
      <xsl:apply-templates select="t:sic | t:orig | t:abbr" mode="flat"/>
      <xsl:apply-templates select="node()[not(self::t:sic or self::t:orig or self::t:abbr)]" mode="flat"/>
    </span>
  </xsl:template>

  <!-- ============================================================ the default rules -->

  <!-- any other element keeps its text: a block in block context, a span in running text -->
  <xsl:template match="*">
    <xsl:call-template name="block"/>
  </xsl:template>

  <xsl:template name="block">
    <xsl:param name="class" select="local-name()"/>
    <xsl:variable name="tag">
      <xsl:choose>
        <xsl:when test="ancestor::*[contains($phrasing, concat(' ', local-name(), ' '))]">span</xsl:when>
        <xsl:when test="t:p or t:ab or t:list or t:table or t:lg or t:l or t:sp or t:div or t:head
            or t:quote[t:p] or t:floatingText or t:castList or t:u or t:opener or t:closer">div</xsl:when>
        <xsl:when test="contains($phrasing, concat(' ', local-name(), ' '))">p</xsl:when>
        <xsl:otherwise>div</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:attribute name="class">
        <xsl:value-of select="$class"/>
        <xsl:if test="@rend"> rend-<xsl:value-of select="translate(normalize-space(@rend), ' #', '-')"/></xsl:if>
      </xsl:attribute>
      <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if>
      <xsl:call-template name="id"/>
      <xsl:call-template name="signed"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="inline">
    <span class="{local-name()}">
      <xsl:if test="@xml:lang"><xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute></xsl:if>
      <xsl:call-template name="id"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template name="id">
    <xsl:if test="@tk:id"><xsl:attribute name="id"><xsl:value-of select="@tk:id"/></xsl:attribute></xsl:if>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()"/>
  <xsl:template match="comment() | processing-instruction()" mode="flat"/>
  <xsl:template match="t:teiHeader | t:standOff | t:facsimile"/>

</xsl:stylesheet>
